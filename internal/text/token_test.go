package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-go/depeche/internal/testutil"
	"github.com/google/go-cmp/cmp"
)

// tok is a compact expected token: its byte span, kind and text.
type tok struct {
	Start, End int
	Kind       Kind
	Text       string
}

func tokens(input string) []tok {
	var out []tok
	for _, t := range Tokenize(nil, input, Span{0, len(input)}) {
		out = append(out, tok{t.Start, t.End, t.Kind, t.Text(input)})
	}
	return out
}

// TestTokenizeOffsets checks exact byte offsets, computed by hand, on the
// cases where multi-byte characters move them.
func TestTokenizeOffsets(t *testing.T) {
	tests := []struct {
		name, input string
		want        []tok
	}{
		{"empty", "", nil},
		{"whitespace only", " \t\n\u00a0\u202f ", nil},
		{"elision typographic", "d’Airbus", []tok{{0, 4, Word, "d’"}, {4, 10, Word, "Airbus"}}},
		{"elision ascii", "l'action", []tok{{0, 2, Word, "l'"}, {2, 8, Word, "action"}}},
		{"jusqu with accent", "jusqu’à", []tok{{0, 8, Word, "jusqu’"}, {8, 10, Word, "à"}}},
		{"nbsp group", "1\u00a0234,5\u00a0€", []tok{{0, 8, Number, "1\u00a0234,5"}, {10, 13, Punct, "€"}}},
		{"narrow nbsp group", "12\u202f500", []tok{{0, 8, Number, "12\u202f500"}}},
		{"guillemets with nbsp", "«\u00a0Oui\u00a0»", []tok{{0, 2, Quote, "«"}, {4, 7, Word, "Oui"}, {9, 11, Quote, "»"}}},
		{"invalid bytes", "a\xff\xfeb", []tok{{0, 1, Word, "a"}, {1, 3, Invalid, "\xff\xfe"}, {3, 4, Word, "b"}}},
		{"ellipsis char", "x…", []tok{{0, 1, Word, "x"}, {1, 4, Ellipsis, "…"}}},
		{"bracketed ellipsis char", "(…)", []tok{{0, 5, Ellipsis, "(…)"}}},
		{"minus sign", "\u22120,4", []tok{{0, 6, Number, "\u22120,4"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tokens(tt.input)); diff != "" {
				t.Errorf("Tokenize(%q) (-want +got):\n%s", tt.input, diff)
			}
		})
	}
}

// TestTokenize lists expected tokens as "text/Kind"; their offsets are
// checked against the input: each token starts at the first non-space byte
// after the previous one.
func TestTokenize(t *testing.T) {
	tests := []struct {
		name, input string
		want        string // tokens separated by " | ", each "text/Kind"
		why         string
	}{
		// elision
		{name: "l'", input: "l'OPA", want: "l'/Word | OPA/Word"},
		{name: "d’ typographic", input: "d’euros", want: "d’/Word | euros/Word"},
		{name: "qu'", input: "qu'il", want: "qu'/Word | il/Word"},
		{name: "jusqu'", input: "jusqu'en 2027", want: "jusqu'/Word | en/Word | 2027/Number"},
		{name: "lorsqu’", input: "lorsqu’elle", want: "lorsqu’/Word | elle/Word"},
		{name: "upper elision", input: "L’Oréal", want: "L’/Word | Oréal/Word"},
		{name: "elision before digit", input: "d'1,5", want: "d'/Word | 1,5/Number"},
		{name: "aujourd'hui", input: "aujourd'hui", want: "aujourd'hui/Word"},
		{name: "prud'hommes", input: "prud'hommes", want: "prud'hommes/Word"},
		{name: "O'Neill", input: "O'Neill", want: "O'Neill/Word"},
		{name: "apostrophe not elision", input: "Hermès'", want: "Hermès/Word | '/Quote", why: "a closing ASCII quote after a word"},
		{name: "elision at end", input: "jusqu' ", want: "jusqu/Word | '/Quote", why: "nothing follows: not an elision"},
		// numbers
		{name: "space group", input: "1 234,5", want: "1 234,5/Number"},
		{name: "nbsp group", input: "1\u00a0234,5", want: "1\u00a0234,5/Number"},
		{name: "narrow nbsp group", input: "1\u202f234,5", want: "1\u202f234,5/Number"},
		{name: "dot groups", input: "1.234.567", want: "1.234.567/Number"},
		{name: "dot groups decimal comma", input: "1.234.567,89", want: "1.234.567,89/Number"},
		{name: "swiss apostrophe", input: "120'289'800", want: "120'289'800/Number"},
		{name: "swiss typographic", input: "120’289’800", want: "120’289’800/Number"},
		{name: "decimal comma", input: "2,5", want: "2,5/Number"},
		{name: "decimal point", input: "2.5", want: "2.5/Number"},
		{name: "negative", input: "-12", want: "-12/Number"},
		{name: "negative after space", input: "de -3,4 %", want: "de/Word | -3,4/Number | %/Punct"},
		{name: "positive", input: "(+3,5 %)", want: "(/Punct | +3,5/Number | %/Punct | )/Punct"},
		{name: "range not negative", input: "2020-2021", want: "2020/Number | -/Punct | 2021/Number"},
		{name: "hyphen not sign", input: "COVID-19", want: "COVID/Word | -/Punct | 19/Number"},
		{name: "bullet", input: "- 0 vote", want: "-/Punct | 0/Number | vote/Word"},
		{name: "year then count", input: "2025 300", want: "2025/Number | 300/Number", why: "a first group of four digits is not grouped"},
		{name: "bad group", input: "1 23", want: "1/Number | 23/Number"},
		{name: "group then more digits", input: "1 2345", want: "1/Number | 2345/Number"},
		{name: "mixed separators", input: "1.234 567", want: "1.234/Number | 567/Number", why: "one kind of separator throughout"},
		{name: "ordinal", input: "1er 3e 2ème", want: "1er/Word | 3e/Word | 2ème/Word"},
		{name: "unit glued", input: "12,4Md€", want: "12,4/Number | Md/Word | €/Punct"},
		{name: "percent glued", input: "3%.", want: "3/Number | %/Punct | ./Punct"},
		{name: "date dots", input: "31.12.2025", want: "31.12/Number | ./Punct | 2025/Number"},
		// abbreviations and initials
		{name: "S.A.", input: "Total S.A.", want: "Total/Word | S.A/Word | ./Punct"},
		{name: "U.S.A.", input: "U.S.A.", want: "U.S.A/Word | ./Punct"},
		{name: "J.-C.", input: "J.-C. Decaux", want: "J/Word | ./Punct | -/Punct | C/Word | ./Punct | Decaux/Word"},
		{name: "n°", input: "n° 3", want: "n/Word | °/Punct | 3/Number"},
		// ellipses
		{name: "paren ellipsis", input: "contrat (...) Nous", want: "contrat/Word | (...)/Ellipsis | Nous/Word"},
		{name: "bracket ellipsis", input: "[...]", want: "[...]/Ellipsis"},
		{name: "dots", input: "Ah....", want: "Ah/Word | ..../Ellipsis"},
		{name: "unicode ellipsis", input: "[…]", want: "[…]/Ellipsis"},
		{name: "unclosed paren dots", input: "(...", want: "(/Punct | .../Ellipsis"},
		// quotation marks
		{name: "guillemets", input: "« oui »", want: "«/Quote | oui/Word | »/Quote"},
		{name: "english curly", input: "“oui”", want: "“/Quote | oui/Word | ”/Quote"},
		{name: "german low", input: "„oui‟", want: "„/Quote | oui/Word | ‟/Quote"},
		{name: "single guillemets", input: "‹oui›", want: "‹/Quote | oui/Word | ›/Quote"},
		{name: "ascii double", input: `"oui"`, want: `"/Quote | oui/Word | "/Quote`},
		{name: "ascii single broker", input: "'Acheter'", want: "'/Quote | Acheter/Word | '/Quote"},
		{name: "doubled angle", input: "<<oui>>", want: "<</Quote | oui/Word | >>/Quote"},
		{name: "single low", input: "‚oui‘", want: "‚/Quote | oui/Word | ‘/Quote"},
		// links and codes
		{name: "url", input: "https://www.exemple.fr/a?b=1.", want: "https://www.exemple.fr/a?b=1/URL | ./Punct"},
		{name: "www", input: "(www.site.com)", want: "(/Punct | www.site.com/URL | )/Punct"},
		{name: "email", input: "contact@exemple.fr,", want: "contact@exemple.fr/Email | ,/Punct"},
		{name: "bare domain", input: "(Zonebourse.com) -", want: "(/Punct | Zonebourse.com/URL | )/Punct | -/Punct"},
		{name: "CercleFinance", input: "(CercleFinance.com)", want: "(/Punct | CercleFinance.com/URL | )/Punct"},
		{name: "not a domain", input: "fin.Suite", want: "fin/Word | ./Punct | Suite/Word"},
		{name: "ticker", input: "MC.PA", want: "MC.PA/Ticker"},
		{name: "ticker reuters", input: "(AAPL.O)", want: "(/Punct | AAPL.O/Ticker | )/Punct"},
		{name: "ticker one letter", input: "(F.N)", want: "(/Punct | F.N/Ticker | )/Punct"},
		{name: "exchange prefix", input: "EPA:MC", want: "EPA:MC/Ticker"},
		{name: "not exchange", input: "Note:Bien", want: "Note/Word | :/Punct | Bien/Word"},
		// hostile
		{name: "html fragment", input: "<p>Le&nbsp;titre</p>", want: "</Punct | p/Word | >/Punct | Le/Word | &/Punct | nbsp/Word | ;/Punct | titre/Word | </Punct | //Punct | p/Word | >/Punct"},
		{name: "nul byte", input: "a\x00b", want: "a/Word | \x00/Punct | b/Word"},
		{name: "lone continuation", input: "\x80x", want: "\x80/Invalid | x/Word"},
		{name: "truncated rune", input: "caf\xc3", want: "caf/Word | \xc3/Invalid"},
		{name: "combining accent", input: "cafe\u0301", want: "cafe\u0301/Word"},
		{name: "zero width space", input: "a\u200bb", want: "a/Word | b/Word"},
	}
	names := testutil.NewNames(t)
	for _, tt := range tests {
		names.Add(tt.name)
		t.Run(tt.name, func(t *testing.T) {
			var want []tok
			pos := 0
			for _, w := range strings.Split(tt.want, " | ") {
				i := strings.LastIndexByte(w, '/')
				text, kind := w[:i], w[i+1:]
				start := strings.Index(tt.input[pos:], text)
				if start < 0 {
					t.Fatalf("bad case: %q not in input after %d", text, pos)
				}
				start += pos
				k := kindByName(t, kind)
				want = append(want, tok{start, start + len(text), k, text})
				pos = start + len(text)
			}
			got := tokens(tt.input)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Tokenize(%q) (-want +got):\n%s", tt.input, diff)
			}
		})
	}
}

func kindByName(t *testing.T, name string) Kind {
	for k, n := range kindNames {
		if n == name {
			return Kind(k)
		}
	}
	t.Fatalf("unknown kind %q", name)
	return 0
}

func TestTokenizeSpan(t *testing.T) {
	input := "Le titre d'Airbus gagne 2,5 %."
	sp := Span{9, 17} // "d'Airbus"
	got := Tokenize(nil, input, sp)
	want := []Token{
		{Start: 9, End: 11, Kind: Word, SpaceBefore: true},
		{Start: 11, End: 17, Kind: Word},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// out-of-range spans are clamped, reversed ones give nothing.
	if got := Tokenize(nil, input, Span{-5, 1 << 20}); len(got) == 0 {
		t.Error("clamped span gave no tokens")
	}
	if got := Tokenize(nil, input, Span{10, 3}); len(got) != 0 {
		t.Errorf("reversed span gave %d tokens", len(got))
	}
}

func TestTokenizeFlags(t *testing.T) {
	input := "Titre\n\nLe  groupe"
	got := Tokenize(nil, input, Span{0, len(input)})
	want := []Token{
		{Start: 0, End: 5, Kind: Word, SpaceBefore: true},
		{Start: 7, End: 9, Kind: Word, SpaceBefore: true, Newline: true},
		{Start: 11, End: 17, Kind: Word, SpaceBefore: true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestTokenizeLongLines(t *testing.T) {
	// linear even on hostile repetitions: dotted labels that never make a
	// domain, one huge number, one huge word, one huge run of invalid bytes.
	for _, tc := range []struct{ name, unit string }{
		{"dotted labels", "a."}, {"digits", "1"}, {"groups", " 123"}, {"letters", "é"},
		{"invalid", "\xff"}, {"quotes", "«"}, {"apostrophes", "l'"}, {"dots", "."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := strings.Repeat(tc.unit, 200_000)
			toks := Tokenize(nil, s, Span{0, len(s)})
			checkTokens(t, s, toks)
			_ = Sentences(nil, s, Span{0, len(s)})
		})
	}
}

func TestKindString(t *testing.T) {
	for k := Word; k <= Invalid; k++ {
		if k.String() == "Kind(?)" {
			t.Errorf("kind %d has no name", k)
		}
	}
	if got := Kind(200).String(); got != "Kind(?)" {
		t.Errorf("Kind(200).String() = %q", got)
	}
}

func TestPredicates(t *testing.T) {
	for _, r := range " \t\n\u00a0\u202f\u2009\u3000" {
		if !IsSpace(r) {
			t.Errorf("IsSpace(%U) = false", r)
		}
	}
	for _, r := range " \u00a0\u202f\u2009" {
		if !IsGroupSpace(r) {
			t.Errorf("IsGroupSpace(%U) = false", r)
		}
	}
	for _, r := range "'’ʼ" {
		if !IsApostrophe(r) {
			t.Errorf("IsApostrophe(%U) = false", r)
		}
	}
	for _, r := range "\"«»“”„‟‹›" {
		if !IsQuoteMark(r) {
			t.Errorf("IsQuoteMark(%U) = false", r)
		}
	}
	if IsQuoteMark('\'') || IsLetter('1') || !IsLetter('é') || !IsDigit('7') || IsDigit('٣') {
		t.Error("predicate mismatch")
	}
}

// checkTokens verifies the tokenizer's invariants: in bounds, on UTF-8
// boundaries, sorted, not overlapping, no white space inside a token's edges.
func checkTokens(t testing.TB, input string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if err := testutil.CheckBounds(input, "token", tk.Start, tk.End); err != nil {
			t.Fatalf("token %d: %v", i, err)
		}
		if tk.Start == tk.End {
			t.Fatalf("token %d [%d,%d): empty", i, tk.Start, tk.End)
		}
		if tk.Start < prev {
			t.Fatalf("token %d [%d,%d) overlaps the previous one ending at %d", i, tk.Start, tk.End, prev)
		}
		prev = tk.End
	}
}

// TestIsLetterTables checks IsLetter's fast paths against the unicode tables
// over the whole Basic Multilingual Plane and beyond.
func TestIsLetterTables(t *testing.T) {
	for r := rune(0); r <= 0x2FFFF; r++ {
		want := r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r))
		if got := IsLetter(r); got != want {
			t.Fatalf("IsLetter(%U) = %v, want %v", r, got, want)
		}
	}
}
