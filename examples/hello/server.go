package main

import (
	"net"
	"net/http"
	"time"

	"example.com/hello/internal/config"
	"example.com/hello/internal/handlers"
)

// newServer listens on every address of the host (":PORT").
func newServer(cfg config.Config, info handlers.Info) *http.Server {
	return &http.Server{
		Addr:              net.JoinHostPort("", cfg.Port),
		Handler:           handlers.New(info, cfg.FailHealth),
		ReadHeaderTimeout: 5 * time.Second,
	}
}
