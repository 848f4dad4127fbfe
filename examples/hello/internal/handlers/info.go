// Package handlers holds the HTTP handlers of the hello service.
package handlers

import (
	"os"
	"runtime"
)

// Info is what GET / reports.
type Info struct {
	Service  string `json:"service"`
	Version  string `json:"version"`
	Go       string `json:"go"`
	Hostname string `json:"hostname"`
}

// NewInfo fills in the Go version and the hostname.
func NewInfo(service, version string) Info {
	host, err := os.Hostname()
	if err != nil {
		host = "unknown"
	}
	return Info{Service: service, Version: version, Go: runtime.Version(), Hostname: host}
}
