package parse_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/clean"
	"github.com/depeche-go/depeche/internal/testutil"
	"github.com/depeche-go/depeche/parse"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.json from the current output")

// articles returns the paths of the module's own dispatches,
// testdata/articles/*.txt.
func articles(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(testutil.Root(tb), "testdata", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no testdata/articles/*.txt (%v)", err)
	}
	return files
}

// TestGolden parses each testdata/articles/NAME.txt and compares its JSON
// with testdata/golden/NAME.json. Run `go test ./parse -update` to rewrite
// the goldens, then review the diff like code.
func TestGolden(t *testing.T) {
	root := testutil.Root(t)
	for _, path := range articles(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			input := string(data)
			doc, err := parse.Parse(input)
			if err != nil {
				t.Fatal(err)
			}
			mustCheck(t, name, input, doc)
			got, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			testutil.Golden(t, filepath.Join(root, "testdata", "golden", name+".json"), got, *update)
		})
	}
}

// TestGoldenOrphans fails when a golden file has no article.
func TestGoldenOrphans(t *testing.T) {
	root := testutil.Root(t)
	goldens, _ := filepath.Glob(filepath.Join(root, "testdata", "golden", "*.json"))
	for _, g := range goldens {
		name := strings.TrimSuffix(filepath.Base(g), ".json")
		if _, err := os.Stat(filepath.Join(root, "testdata", "articles", name+".txt")); err != nil {
			t.Errorf("golden %s has no article", filepath.Base(g))
		}
	}
}

// TestSharedCorpus parses the seed, the dev corpus and the HTML pages of
// ../shared/corpus and checks the invariants (no panic, offsets that do not
// lie). It skips when the shared corpus is absent.
func TestSharedCorpus(t *testing.T) {
	dir := testutil.Shared(t, "corpus")
	for _, pattern := range []string{"seed/*.txt", "dev/*.txt", "pages/*.html"} {
		files, _ := filepath.Glob(filepath.Join(dir, pattern))
		for _, f := range files {
			name := filepath.Base(filepath.Dir(f)) + "/" + filepath.Base(f)
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			input := string(data)
			doc, err := parse.Parse(input)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			mustCheck(t, name, input, doc)
		}
	}
}

// TestSeed checks the foundation issue's acceptance on the seed dispatch,
// without copying its text: the title is its first line, the source
// Zonebourse.com, the agency AOF, the copyright its "Copyright" line; the
// copyright, "source :" line, disclaimer and the five vote widgets are
// removed, and every other line (the intertitle included) is in the body.
func TestSeed(t *testing.T) {
	path := filepath.Join(testutil.Shared(t, "corpus", "seed"), "000.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed absent: %v", err)
	}
	input := string(data)
	doc, err := parse.Parse(input)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, "seed", input, doc)
	lines := strings.Split(strings.TrimRight(input, "\n"), "\n")
	if doc.Title != lines[0] {
		t.Errorf("title = %q, want the first line %q", doc.Title, lines[0])
	}
	if doc.Source != "Zonebourse.com" || doc.Agency != "AOF" {
		t.Errorf("source, agency = %q, %q; want Zonebourse.com, AOF", doc.Source, doc.Agency)
	}
	var kinds []string
	for _, b := range doc.Boilerplate {
		kinds = append(kinds, b.Kind)
	}
	want := []string{"copyright", "source", "disclaimer", "vote", "vote", "vote", "vote", "vote"}
	if diff := cmp.Diff(want, kinds); diff != "" {
		t.Errorf("boilerplate kinds (-want +got):\n%s", diff)
	}
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "Copyright") {
			if doc.Copyright != l {
				t.Errorf("copyright = %q, want %q", doc.Copyright, l)
			}
			break
		}
		// the dateline opens the first paragraph and is not in the body.
		l = strings.TrimSpace(strings.TrimPrefix(l, doc.Dateline.Text))
		if !strings.Contains(doc.Body, clean.Normalize(l)) {
			t.Errorf("body lacks the line %.60q...", l)
		}
	}
}
