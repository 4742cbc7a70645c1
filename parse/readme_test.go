package parse_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/internal/testutil"
)

// TestReadme keeps README.md honest: every line of its Go snippets comes from
// a tested example (an example_test.go file), and the files its commands
// name exist.
func TestReadme(t *testing.T) {
	root := testutil.Root(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	examples, _ := filepath.Glob(filepath.Join(root, "*", "example_test.go"))
	if len(examples) == 0 {
		t.Fatal("no example_test.go files")
	}
	known := map[string]bool{}
	for _, f := range examples {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			known[strings.TrimSpace(l)] = true
		}
	}
	blocks := regexp.MustCompile("(?s)```go\n(.*?)```").FindAllStringSubmatch(string(readme), -1)
	if len(blocks) == 0 {
		t.Error("README has no Go snippets")
	}
	for _, b := range blocks {
		for _, l := range strings.Split(b[1], "\n") {
			l = strings.TrimSpace(l)
			if l != "" && !known[l] {
				t.Errorf("README line not found in any example_test.go: %q", l)
			}
		}
	}
	for _, m := range regexp.MustCompile(`testdata/articles/[a-z0-9_]+\.txt`).FindAllString(string(readme), -1) {
		if _, err := os.Stat(filepath.Join(root, m)); err != nil {
			t.Errorf("README names %s: %v", m, err)
		}
	}
}
