package handlers

import (
	"encoding/json"
	"net/http"
)

// New returns the service's routes. With failHealth, /healthz answers 500.
func New(info Info, failHealth bool) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", healthz(failHealth))
	mux.HandleFunc("GET /{$}", root(info))
	return mux
}

func healthz(fail bool) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if fail {
			w.WriteHeader(http.StatusInternalServerError)
			_, _ = w.Write([]byte("unhealthy\n"))
			return
		}
		_, _ = w.Write([]byte("ok"))
	}
}

func root(info Info) http.HandlerFunc {
	body, err := json.Marshal(info)
	if err != nil {
		panic(err)
	}
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(append(body, '\n'))
	}
}
