package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-go/depeche/parse"
)

// TestJSONL runs the -jsonl path on good and bad lines: one output line per
// non-blank input line, in input order, with the id echoed and an error line
// for each bad one.
func TestJSONL(t *testing.T) {
	p, err := parse.New(parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := strings.Join([]string{
		`{"id": 1, "text": "Titre\n(AOF) - Le groupe gagne 3 %."}`,
		`not json at all`,
		``,
		`{"id": "deux", "text": ""}`,
		`{"id": 3}`,
		`{"id": 4, "text": "Le titre \u00ab recule \u00bb."}`,
		`{"id": 5, "text": "x", "extra": [1, 2]}`,
		`{"id": null, "text": "sans id"}`,
		`{"id": 7, "text": "tronqu\u00e9`,
		`   `,
		`{"id": 8, "text": "fin sans retour"}`,
		`{"id": 9, "text": 42}`,
		`{"id": 10, "text": null}`,
		`[1, 2]`,
	}, "\n")
	var out bytes.Buffer
	if err := runJSONL(p, strings.NewReader(in), &out, 3); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	type result struct {
		ID    any    `json:"id"`
		Error string `json:"error"`
		Title *string
		Body  *string `json:"body"`
	}
	want := []struct {
		id  any
		err bool
	}{{1.0, false}, {nil, true}, {"deux", false}, {3.0, true}, {4.0, false}, {5.0, false}, {nil, false}, {nil, true}, {8.0, false},
		{9.0, true}, {10.0, true}, {nil, true}}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out.String())
	}
	for i, l := range lines {
		var r result
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, l)
		}
		if r.ID != want[i].id {
			t.Errorf("line %d: id %v, want %v", i+1, r.ID, want[i].id)
		}
		if (r.Error != "") != want[i].err {
			t.Errorf("line %d: error %q, want error %v", i+1, r.Error, want[i].err)
		}
		if !want[i].err && r.Body == nil {
			t.Errorf("line %d: no document fields: %s", i+1, l)
		}
	}
}

// TestJSONLOrder checks that many lines parsed by many workers come out in
// input order.
func TestJSONLOrder(t *testing.T) {
	p, err := parse.New(parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var in strings.Builder
	const n = 300
	for i := range n {
		// uneven sizes so that workers finish out of order.
		text := strings.Repeat("Le groupe gagne 3 % à 12 euros. ", 1+(i*37)%50)
		fmt.Fprintf(&in, "{\"id\": %d, \"text\": %q}\n", i, text)
		if i%50 == 7 {
			in.WriteString("{broken\n")
		}
	}
	var out bytes.Buffer
	if err := runJSONL(p, strings.NewReader(in.String()), &out, 8); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<24)
	next := 0
	for sc.Scan() {
		var r struct {
			ID    *int   `json:"id"`
			Error string `json:"error"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		if r.Error != "" {
			if next%50 != 8 {
				t.Errorf("error line after id %d", next-1)
			}
			continue
		}
		if r.ID == nil || *r.ID != next {
			t.Fatalf("got id %v, want %d", r.ID, next)
		}
		next++
	}
	if next != n {
		t.Errorf("got %d documents, want %d", next, n)
	}
}

// TestCommand builds the command and runs it on the testdata dispatch that
// the README names, and on standard input.
func TestCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "depeche")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	// the README's first command runs on this dispatch.
	readme := filepath.Join("..", "..", "testdata", "articles", "queue_zonebourse.txt")
	files := []string{readme}
	out, err := exec.Command(bin, files[0]).Output()
	if err != nil {
		t.Fatalf("%s %s: %v", bin, files[0], err)
	}
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("output is not one JSON document: %v\n%s", err, out)
	}
	for _, k := range []string{"title", "source", "body", "boilerplate", "entities", "amounts", "quotes", "attributions", "warnings"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("output lacks %q", k)
		}
	}

	cmd := exec.Command(bin, "-jsonl")
	cmd.Stdin = strings.NewReader("{\"id\":\"a\",\"text\":\"Bonjour.\"}\nnope\n")
	out, err = cmd.Output()
	if err != nil {
		t.Fatalf("-jsonl: %v", err)
	}
	if got := strings.Count(string(out), "\n"); got != 2 {
		t.Errorf("-jsonl printed %d lines, want 2:\n%s", got, out)
	}

	// a missing file: exit status 1, the other files still printed.
	cmd = exec.Command(bin, filepath.Join(t.TempDir(), "absent.txt"), files[0])
	out, err = cmd.Output()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Errorf("missing file: err = %v, want exit status 1", err)
	}
	if !json.Valid(bytes.TrimSpace(out)) {
		t.Errorf("the existing file was not printed:\n%s", out)
	}
	_ = os.Remove(bin)
}
