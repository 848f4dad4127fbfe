package handlers

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func get(t *testing.T, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec
}

func TestHealthz(t *testing.T) {
	info := NewInfo("hello", "v1")
	if rec := get(t, New(info, false), "/healthz"); rec.Code != 200 || rec.Body.String() != "ok" {
		t.Fatalf("healthy: %d %q", rec.Code, rec.Body.String())
	}
	if rec := get(t, New(info, true), "/healthz"); rec.Code != 500 {
		t.Fatalf("failing: %d", rec.Code)
	}
}

func TestRoot(t *testing.T) {
	h := New(NewInfo("hello", "v1.2.3"), false)
	rec := get(t, h, "/")
	var got Info
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if rec.Code != 200 || got.Service != "hello" || got.Version != "v1.2.3" || got.Go == "" {
		t.Fatalf("root: %d %+v", rec.Code, got)
	}
	if rec := get(t, h, "/nope"); rec.Code != 404 {
		t.Fatalf("/nope: %d", rec.Code)
	}
}
