// Package config reads the service's settings from the environment.
package config

import (
	"fmt"
	"strconv"
	"time"
)

// Config holds the service settings.
type Config struct {
	// Port to listen on, on all addresses (PORT, default 8080).
	Port string
	// FailHealth makes /healthz answer 500 (HELLO_FAIL_HEALTH=1).
	FailHealth bool
	// ShutdownTimeout bounds the graceful shutdown after SIGTERM (HELLO_SHUTDOWN_TIMEOUT, default 10s).
	ShutdownTimeout time.Duration
}

// FromEnv builds a Config from getenv (os.Getenv in main, a map in tests).
func FromEnv(getenv func(string) string) (Config, error) {
	cfg := Config{Port: "8080", ShutdownTimeout: 10 * time.Second}
	if p := getenv("PORT"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return Config{}, fmt.Errorf("PORT=%q is not a port number", p)
		}
		cfg.Port = strconv.Itoa(n)
	}
	cfg.FailHealth = getenv("HELLO_FAIL_HEALTH") == "1"
	if t := getenv("HELLO_SHUTDOWN_TIMEOUT"); t != "" {
		d, err := time.ParseDuration(t)
		if err != nil {
			return Config{}, fmt.Errorf("HELLO_SHUTDOWN_TIMEOUT=%q: %v", t, err)
		}
		cfg.ShutdownTimeout = d
	}
	return cfg, nil
}
