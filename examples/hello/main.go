// Command hello is gantry's example service: a small stdlib-only HTTP server.
//
//	GET /        JSON with the service name, version, Go version and hostname
//	GET /healthz "ok" (500 when HELLO_FAIL_HEALTH=1)
//
// The version is stamped at build time: go build -ldflags "-X main.version=v1.2.3".
package main

import (
	"context"
	"errors"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"example.com/hello/internal/config"
	"example.com/hello/internal/handlers"
)

// version is replaced at link time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	cfg, err := config.FromEnv(os.Getenv)
	if err != nil {
		log.Fatalf("hello: %v", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	if err := run(ctx, cfg); err != nil {
		log.Fatalf("hello: %v", err)
	}
}

func run(ctx context.Context, cfg config.Config) error {
	srv := newServer(cfg, handlers.NewInfo("hello", version))
	errc := make(chan error, 1)
	go func() {
		log.Printf("hello %s listening on %s (fail health: %v)", version, srv.Addr, cfg.FailHealth)
		errc <- srv.ListenAndServe()
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Printf("hello: signal received, shutting down (timeout %s)", cfg.ShutdownTimeout)
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Printf("hello: stopped")
	return nil
}
