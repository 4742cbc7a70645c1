// Package testutil holds helpers shared by depeche's tests: locating the
// module root and the shared corpus, golden-file comparison, shared go-cmp
// options and span invariant checks. It is imported only by _test.go files.
package testutil

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/currency"
)

// Options returns the go-cmp options that depeche's result types need:
// [currency.Unit] has an unexported field, so it is compared with ==.
func Options() cmp.Options {
	return cmp.Options{cmpopts.EquateComparable(currency.Unit{})}
}

// Root returns the module root: the nearest directory above the working
// directory that holds go.mod. It fails the test when there is none.
func Root(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("testutil: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Shared returns the path of ../shared/elem... beside the module root, or
// skips the test with a clear message when it does not exist.
func Shared(tb testing.TB, elem ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Root(tb), "..", "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data %s is absent; skipping", p)
	}
	return p
}

// Golden compares got, a JSON document, with the JSON stored in the file
// path, as decoded values, and reports the difference as (-want +got). With
// update it rewrites the file (indented, with a final newline) instead.
func Golden(tb testing.TB, path string, got []byte, update bool) {
	tb.Helper()
	if update {
		var buf bytes.Buffer
		if err := json.Indent(&buf, got, "", "  "); err != nil {
			tb.Fatalf("indent %s: %v", path, err)
		}
		buf.WriteByte('\n')
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	wantData, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	var want, have any
	if err := json.Unmarshal(wantData, &want); err != nil {
		tb.Fatalf("decode %s: %v", path, err)
	}
	if err := json.Unmarshal(got, &have); err != nil {
		tb.Fatalf("decode output: %v", err)
	}
	if diff := cmp.Diff(want, have); diff != "" {
		tb.Errorf("%s mismatch (-want +got):\n%s", filepath.Base(path), diff)
	}
}

// CheckSpan returns an error when [start, end) is not a valid span of input
// whose text is text: out of bounds, reversed, not on UTF-8 boundaries, or
// with input[start:end] != text. Pass the text as reported; what names the
// item in the error.
func CheckSpan(input, what string, start, end int, text string) error {
	if err := CheckBounds(input, what, start, end); err != nil {
		return err
	}
	if input[start:end] != text {
		return fmt.Errorf("%s [%d,%d): text %q != input %q", what, start, end, text, input[start:end])
	}
	return nil
}

// CheckBounds returns an error when [start, end) is out of bounds, reversed
// or does not fall on UTF-8 boundaries of input. A boundary is a byte that
// does not continue a valid multi-byte sequence; inside invalid UTF-8 every
// byte is a boundary.
func CheckBounds(input, what string, start, end int) error {
	if start < 0 || end < start || end > len(input) {
		return fmt.Errorf("%s [%d,%d): out of bounds (len %d)", what, start, end, len(input))
	}
	if !OnBoundary(input, start) || !OnBoundary(input, end) {
		return fmt.Errorf("%s [%d,%d): not on a UTF-8 boundary", what, start, end)
	}
	return nil
}

// OnBoundary reports whether byte offset i of s does not cut a valid UTF-8
// sequence in two.
func OnBoundary(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return true
	}
	if utf8.RuneStart(s[i]) {
		return true
	}
	// s[i] is a continuation byte: it cuts a rune only if a valid rune that
	// starts at most 3 bytes before covers it.
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(s[j]) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == utf8.RuneError && n == 1 {
				return true
			}
			return j+n <= i
		}
	}
	return true
}

// CheckSorted returns an error when the spans (start, end pairs) are not
// sorted by start, then end.
func CheckSorted(what string, spans [][2]int) error {
	for i := 1; i < len(spans); i++ {
		a, b := spans[i-1], spans[i]
		if a[0] > b[0] || a[0] == b[0] && a[1] > b[1] {
			return fmt.Errorf("%s %d [%d,%d) before %d [%d,%d): not sorted", what, i-1, a[0], a[1], i, b[0], b[1])
		}
	}
	return nil
}

// Names checks that the cases of a table test have distinct names, so that
// every case runs under its own name.
type Names struct {
	tb   testing.TB
	seen map[string]bool
}

// NewNames returns an empty set of case names for tb.
func NewNames(tb testing.TB) *Names { return &Names{tb: tb, seen: map[string]bool{}} }

// Add records name and stops the test when a case had it before.
func (n *Names) Add(name string) {
	n.tb.Helper()
	if n.seen[name] {
		n.tb.Fatalf("duplicate case name %q", name)
	}
	n.seen[name] = true
}
