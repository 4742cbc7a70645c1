package view

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestHTMLRefs(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"none", "Crédit Agricole gagne 2 %.", "Crédit Agricole gagne 2 %."},
		{"named", "Cr&eacute;dit Agricole", "Crédit Agricole"},
		{"nbsp amount", "500&nbsp;millions d&#039;euros", "500\u00a0millions d'euros"},
		{"numeric", "&#233;t&#xE9; &#X2019;", "été ’"},
		{"amp", "AT&amp;T", "AT&T"},
		{"unknown name", "AT&T; R&D", "AT&T; R&D"},
		{"no semicolon", "&eacute Paris & Lyon", "&eacute Paris & Lyon"},
		{"empty ref", "&; &#;", "&; &#;"},
		{"at end", "fin &", "fin &"},
		{"too long", "&" + strings.Repeat("a", 60) + ";", "&" + strings.Repeat("a", 60) + ";"},
		{"invalid utf8 around", "\xff&eacute;\xfe", "\xffé\xfe"},
		{"adjacent", "&laquo;&nbsp;Oui&nbsp;&raquo;", "«\u00a0Oui\u00a0»"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := New(tt.in, HTMLRefs(nil, tt.in))
			if v.Text != tt.want {
				t.Errorf("Text = %q, want %q", v.Text, tt.want)
			}
			if v.Identity() != (tt.in == tt.want) {
				t.Errorf("Identity() = %v", v.Identity())
			}
		})
	}
}

// TestMapping checks that every view span maps to an input span that covers
// the same characters, and back.
func TestMapping(t *testing.T) {
	in := "Le Cr&eacute;dit Agricole vise 500&nbsp;M&euro; &agrave; Paris"
	v := New(in, HTMLRefs(nil, in))
	want := "Le Crédit Agricole vise 500\u00a0M€ à Paris"
	if v.Text != want {
		t.Fatalf("Text = %q, want %q", v.Text, want)
	}
	for _, tc := range []struct{ view, input string }{
		{"Crédit Agricole", "Cr&eacute;dit Agricole"},
		{"500\u00a0M€", "500&nbsp;M&euro;"},
		{"à Paris", "&agrave; Paris"},
		{"Le", "Le"},
		{"é", "&eacute;"},
	} {
		i := strings.Index(v.Text, tc.view)
		s, e := v.Span(i, i+len(tc.view))
		if got := in[s:e]; got != tc.input {
			t.Errorf("Span(%q) = %q, want %q", tc.view, got, tc.input)
		}
		vs, ve := v.ToView(s, e)
		if vs != i || ve != i+len(tc.view) {
			t.Errorf("ToView(%q) = [%d,%d), want [%d,%d)", tc.input, vs, ve, i, i+len(tc.view))
		}
	}
	// an input span that cuts a reference widens to the whole character.
	i := strings.Index(in, "eacute")
	vs, ve := v.ToView(i, i+3)
	if got := v.Text[vs:ve]; got != "é" {
		t.Errorf("ToView inside a reference = %q, want %q", got, "é")
	}
}

func TestNewSkipsBadReplacements(t *testing.T) {
	in := "abcdef"
	v := New(in, []Replacement{
		{Start: 1, End: 2, Text: "B"},
		{Start: 1, End: 3, Text: "X"}, // overlaps
		{Start: 3, End: 3, Text: "Y"}, // empty span
		{Start: 4, End: 5, Text: "e"}, // no change
		{Start: 5, End: 9, Text: "Z"}, // outside
		{Start: 5, End: 6, Text: ""},  // deletes
	})
	if v.Text != "aBcdef" || v.Len() != 1 {
		t.Errorf("Text = %q with %d pieces, want %q with 1", v.Text, v.Len(), "aBcdef")
	}
	var nilView *View
	if s, e := nilView.Span(2, 4); s != 2 || e != 4 || !nilView.Identity() {
		t.Errorf("nil view maps [2,4) to [%d,%d)", s, e)
	}
}

func FuzzView(f *testing.F) {
	for _, s := range []string{"Cr&eacute;dit", "&#233;&#xE9;&amp;", "&nbsp;", "\xff&lt;", "a&b;c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		v := New(in, HTMLRefs(nil, in))
		if !utf8.ValidString(in) {
			return
		}
		// every view span maps inside the input, in order, and maps back
		// to a view span that holds it.
		for i := 0; i <= len(v.Text); i++ {
			for _, j := range []int{i, min(i+1, len(v.Text)), len(v.Text)} {
				s, e := v.Span(i, j)
				if s < 0 || e > len(in) || s > e {
					t.Fatalf("Span(%d,%d) = [%d,%d) outside %d bytes", i, j, s, e, len(in))
				}
				vs, ve := v.ToView(s, e)
				if vs > i || ve < j {
					t.Fatalf("ToView(Span(%d,%d)) = [%d,%d) does not hold it", i, j, vs, ve)
				}
			}
		}
		if diff := cmp.Diff(v.Identity(), v.Text == in && v.Len() == 0); diff != "" {
			t.Fatal(diff)
		}
	})
}

func BenchmarkHTMLRefs(b *testing.B) {
	plain := strings.Repeat("Le groupe a publié un chiffre d'affaires de 12,4 milliards d'euros. ", 1000)
	marked := strings.Repeat("Le groupe a publi&eacute; un chiffre d&#039;affaires de 12,4&nbsp;milliards. ", 1000)
	for _, c := range []struct{ name, in string }{{"plain", plain}, {"refs", marked}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			b.ReportAllocs()
			var reps []Replacement
			for b.Loop() {
				reps = HTMLRefs(reps[:0], c.in)
				v := New(c.in, reps)
				_, _ = v.Span(10, len(v.Text)-10)
			}
		})
	}
}
