package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

func TestOnBoundary(t *testing.T) {
	s := "aé€\xff\xe2\x82b" // é is 2 bytes, € 3, then an invalid byte and a truncated €
	tests := []struct {
		i    int
		want bool
	}{
		{0, true}, {1, true}, {2, false}, {3, true}, {4, false}, {5, false}, {6, true},
		{7, true}, {8, true}, {9, true}, {10, true}, {-1, true}, {100, true},
	}
	for _, tt := range tests {
		if got := OnBoundary(s, tt.i); got != tt.want {
			t.Errorf("OnBoundary(%q, %d) = %v, want %v", s, tt.i, got, tt.want)
		}
	}
}

func TestCheckSpan(t *testing.T) {
	s := "Le café"
	if err := CheckSpan(s, "x", 3, 8, "café"); err != nil {
		t.Error(err)
	}
	for _, tc := range []struct {
		name       string
		start, end int
		text       string
	}{
		{"reversed", 5, 3, ""}, {"negative", -1, 2, "Le"}, {"past end", 3, 9, "café"},
		{"inside a rune", 3, 7, "caf\xc3"}, {"wrong text", 0, 2, "La"},
	} {
		if err := CheckSpan(s, tc.name, tc.start, tc.end, tc.text); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}

func TestCheckSorted(t *testing.T) {
	if err := CheckSorted("x", [][2]int{{0, 1}, {0, 2}, {3, 3}}); err != nil {
		t.Error(err)
	}
	if err := CheckSorted("x", [][2]int{{0, 2}, {0, 1}}); err == nil {
		t.Error("unsorted ends: no error")
	}
	if err := CheckSorted("x", [][2]int{{2, 3}, {1, 5}}); err == nil {
		t.Error("unsorted starts: no error")
	}
}

func TestGoldenRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "x.json")
	Golden(t, path, []byte(`{"b":[1,2],"a":"é"}`), true)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) == 0 || data[len(data)-1] != '\n' {
		t.Errorf("golden file %q does not end with a newline", data)
	}
	// same value, other key order and spacing: equal once decoded.
	Golden(t, path, []byte(`{ "a": "é", "b": [1, 2] }`), false)
}

func TestRootAndShared(t *testing.T) {
	root := Root(t)
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatal(err)
	}
	t.Run("absent", func(t *testing.T) {
		Shared(t, "no-such-folder-here")
		t.Error("Shared did not skip")
	})
}
