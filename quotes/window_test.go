package quotes

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/entities"
	"github.com/depeche-go/depeche/internal/testutil"
	"github.com/google/go-cmp/cmp"
)

// windowDocs returns dispatches without blank lines: ours, and the shared
// corpus when it is present.
func windowDocs(t *testing.T) []string {
	names, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	more, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "dev", "*.txt"))
	blank := regexp.MustCompile(`\n[ \t]*\n[\n \t]*`)
	var docs []string
	for _, f := range append(names, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := strings.TrimSpace(blank.ReplaceAllString(string(data), "\n"))
		if len(d) > 200 {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		t.Fatal("no test dispatches")
	}
	return docs
}

// TestWindows reads a feed of dispatches separated by blank lines in windows
// of one dispatch each and checks that it finds what reading each dispatch
// on its own finds, offsets included.
func TestWindows(t *testing.T) {
	docs := windowDocs(t)
	in := strings.Join(docs, "\n\n")
	ents := entities.Default().FindAll(in)
	a := Default()
	var wantQ []Quote
	var wantA []Attribution
	var wantW []Warning
	start := 0
	for _, d := range docs {
		sp := Span{Start: start, End: start + len(d)}
		var de []entities.Entity
		for _, e := range ents {
			if e.Start >= sp.Start && e.Start < sp.End {
				de = append(de, e)
			}
		}
		q, at, w := a.FindIn(in, []Span{sp}, de)
		wantQ, wantA, wantW = append(wantQ, q...), append(wantA, at...), append(wantW, w...)
		start = sp.End + 2
	}
	if len(wantQ) == 0 || len(wantA) == 0 {
		t.Fatal("the test dispatches hold no quote or no attribution")
	}
	saved := windowBytes
	defer func() { windowBytes = saved }()
	windowBytes = 100 // each window ends at the next blank line: one dispatch
	gotQ, gotA, gotW := a.FindIn(in, nil, ents)
	if diff := cmp.Diff(wantQ, gotQ, testutil.Options()); diff != "" {
		t.Errorf("quotes (-each dispatch +windows):\n%s", diff)
	}
	if diff := cmp.Diff(wantA, gotA, testutil.Options()); diff != "" {
		t.Errorf("attributions (-each dispatch +windows):\n%s", diff)
	}
	if diff := cmp.Diff(wantW, gotW); diff != "" {
		t.Errorf("warnings (-each dispatch +windows):\n%s", diff)
	}
}

// TestWindowsOpenQuote checks that a window does not cut a quote that runs
// over several paragraphs, and that a quote left open by a text cut off
// still ends the text, with its warning.
func TestWindowsOpenQuote(t *testing.T) {
	saved := windowBytes
	defer func() { windowBytes = saved }()
	windowBytes = 40
	in := "Le président a déclaré : « Nous irons plus loin cette année.\n\n« Nous ne céderons rien sur les prix.\n\n« Et nous gagnerons », a-t-il conclu.\n"
	qs, _, ws := Default().FindIn(in, nil, nil)
	if len(qs) != 1 || qs[0].OuterStart != strings.Index(in, "«") || len(ws) != 0 {
		t.Fatalf("got %d quotes %+v, warnings %v; want one quote over three paragraphs", len(qs), qs, ws)
	}
	cut := in + "\nLe directeur a ajouté : « Nous verrons bien la suite des événements sur les marchés"
	qs, _, ws = Default().FindIn(cut, nil, nil)
	windowBytes = len(cut)
	wantQ, _, wantW := Default().FindIn(cut, nil, nil)
	if len(wantQ) != 2 || len(wantW) != 1 || wantQ[1].End != len(cut) {
		t.Fatalf("whole text: got %+v, warnings %v; want two quotes, the second cut at the end", wantQ, wantW)
	}
	if diff := cmp.Diff(wantQ, qs, testutil.Options()); diff != "" {
		t.Errorf("cut quote (-whole +windows):\n%s", diff)
	}
	if diff := cmp.Diff(wantW, ws); diff != "" {
		t.Errorf("cut quote warnings (-whole +windows):\n%s", diff)
	}
}
