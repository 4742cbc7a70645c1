package rulefile

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want [][]string // fields of each record
		rm   []bool     // Remove flags
		line []int
	}{
		{name: "empty", in: "", want: nil},
		{name: "whitespace only", in: " \t\n\n  \r\n", want: nil},
		{name: "comments", in: "# a comment\n  # indented\nORG\tTotalEnergies\n", want: [][]string{{"ORG", "TotalEnergies"}}, rm: []bool{false}, line: []int{3}},
		{name: "runs of tabs", in: "ORG\t\tAirbus\t\t\tAIR.PA\n", want: [][]string{{"ORG", "Airbus", "AIR.PA"}}, rm: []bool{false}, line: []int{1}},
		{name: "crlf and bom", in: "\uFEFFa\tb\r\nc\td\r\n", want: [][]string{{"a", "b"}, {"c", "d"}}, rm: []bool{false, false}, line: []int{1, 2}},
		{name: "removal", in: "!ORG\tOrange\n", want: [][]string{{"ORG", "Orange"}}, rm: []bool{true}, line: []int{1}},
		{name: "spaces kept inside fields", in: "MEDIA\tFinancial Times\tFT \n", want: [][]string{{"MEDIA", "Financial Times", "FT"}}, rm: []bool{false}, line: []int{1}},
		{name: "nbsp and typographic apostrophe", in: "x\tl’Oréal\u00a0SA\n", want: [][]string{{"x", "l’Oréal\u00a0SA"}}, rm: []bool{false}, line: []int{1}},
		{name: "no final newline", in: "a\tb", want: [][]string{{"a", "b"}}, rm: []bool{false}, line: []int{1}},
		{name: "very long line", in: "a\t" + strings.Repeat("x", 100000), want: [][]string{{"a", strings.Repeat("x", 100000)}}, rm: []bool{false}, line: []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := Parse("t.rules", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var got [][]string
			var rm []bool
			var line []int
			for _, r := range recs {
				got = append(got, r.Fields)
				rm = append(rm, r.Remove)
				line = append(line, r.Line)
				if r.Source != "t.rules" {
					t.Errorf("Source = %q", r.Source)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("fields (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.rm, rm); diff != "" {
				t.Errorf("remove (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.line, line); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		line, col int
		render    string
	}{
		{name: "invalid utf-8", in: "ok\tfine\nab\xffcd\n", line: 2, col: 3, render: "t.rules:2:3: syntax error: invalid UTF-8\n  | ab\uFFFDcd\n  |   ^"},
		{name: "empty removal", in: "a\n!\tx\n", line: 2, col: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("t.rules", []byte(tt.in))
			var re *RuleError
			if !errors.As(err, &re) {
				t.Fatalf("err = %v, want *RuleError", err)
			}
			if !errors.Is(err, ErrSyntax) {
				t.Errorf("error does not wrap ErrSyntax: %v", err)
			}
			if re.Line != tt.line || re.Column != tt.col {
				t.Errorf("at %d:%d, want %d:%d", re.Line, re.Column, tt.line, tt.col)
			}
			if tt.render != "" && re.Render() != tt.render {
				t.Errorf("Render() =\n%s\nwant\n%s", re.Render(), tt.render)
			}
		})
	}
}

func TestRecordErrorf(t *testing.T) {
	recs, err := Parse("x.rules", []byte("# c\nORG\t\tBad name\tk=v\n"))
	if err != nil {
		t.Fatal(err)
	}
	e := recs[0].Errorf(2, "unknown attribute %q", "k")
	if got, want := e.Error(), `x.rules:2:15: unknown attribute "k"`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got, want := e.Render(), "x.rules:2:15: unknown attribute \"k\"\n  | ORG  Bad name k=v\n  |               ^"; got != want {
		t.Errorf("Render() =\n%s\nwant\n%s", got, want)
	}
	if e.Offset != len("# c\nORG\t\tBad name\t") {
		t.Errorf("Offset = %d", e.Offset)
	}
	sentinel := errors.New("boom")
	if w := recs[0].Wrap(9, sentinel); !errors.Is(w, sentinel) || w.Column != 1 {
		t.Errorf("Wrap out of range: %v col %d", w, w.Column)
	}
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"rules/b.rules": {Data: []byte("B\t2\n")},
		"rules/a.rules": {Data: []byte("A\t1\n")},
		"rules/c.txt":   {Data: []byte("C\t3\n")},
		"bad/x.rules":   {Data: []byte("\xff\n")},
	}
	files, err := Load(fsys, "rules/*.rules")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, f.Name+":"+f.Records[0].Fields[0])
	}
	if diff := cmp.Diff([]string{"rules/a.rules:A", "rules/b.rules:B"}, names); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if files, err := Load(fsys, "none/*.rules"); err != nil || len(files) != 0 {
		t.Errorf("no match: %v, %v", files, err)
	}
	if _, err := Load(fsys, "bad/*.rules"); !errors.Is(err, ErrSyntax) {
		t.Errorf("bad file: %v", err)
	}
	if _, err := Load(fsys, "[" /* bad pattern */); err == nil {
		t.Error("bad pattern: no error")
	}
}

func FuzzParseRules(f *testing.F) {
	f.Add([]byte("ORG\tTotalEnergies\tTotal\n!ORG\tOrange\n# c\n"))
	f.Add([]byte("\uFEFF!\t\n\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := Parse("f.rules", data)
		if err != nil {
			var re *RuleError
			if !errors.As(err, &re) {
				t.Fatalf("error is not a *RuleError: %v", err)
			}
			_ = re.Render()
			if re.Offset < 0 || re.Offset > len(data) {
				t.Fatalf("offset %d out of range", re.Offset)
			}
			return
		}
		for _, r := range recs {
			if len(r.Fields) == 0 {
				t.Fatal("record without fields")
			}
			for i, f := range r.Fields {
				if f == "" || strings.ContainsAny(f, "\t\n") {
					t.Fatalf("bad field %q", f)
				}
				_ = r.Errorf(i, "x").Render()
			}
		}
	})
}
