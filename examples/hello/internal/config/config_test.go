package config

import (
	"testing"
	"time"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestDefaults(t *testing.T) {
	cfg, err := FromEnv(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Port != "8080" || cfg.FailHealth || cfg.ShutdownTimeout != 10*time.Second {
		t.Fatalf("unexpected defaults: %+v", cfg)
	}
}

func TestFromEnv(t *testing.T) {
	cfg, err := FromEnv(env(map[string]string{"PORT": "9090", "HELLO_FAIL_HEALTH": "1", "HELLO_SHUTDOWN_TIMEOUT": "2s"}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Port != "9090" || !cfg.FailHealth || cfg.ShutdownTimeout != 2*time.Second {
		t.Fatalf("unexpected config: %+v", cfg)
	}
	if _, err := FromEnv(env(map[string]string{"PORT": "http"})); err == nil {
		t.Fatal("PORT=http accepted")
	}
}
