package clean

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// visible returns input without the spans.
func visible(input string, spans []Span) string {
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		b.WriteString(input[last:sp.Start])
		last = sp.End
	}
	b.WriteString(input[last:])
	return b.String()
}

// checkSpans checks the contract of markup: sorted, disjoint, non-empty,
// not adjacent, in bounds.
func checkSpans(t *testing.T, input string, spans []Span) {
	t.Helper()
	prev := -1
	for i, sp := range spans {
		if sp.Start < 0 || sp.End > len(input) || sp.Start >= sp.End {
			t.Fatalf("span %d %v out of bounds or empty (len %d)", i, sp, len(input))
		}
		if sp.Start <= prev {
			t.Fatalf("span %d %v overlaps or touches the previous one (end %d)", i, sp, prev)
		}
		prev = sp.End
	}
}

func TestMarkup(t *testing.T) {
	cases := []struct {
		name, in, want, why string
	}{
		{name: "empty", in: "", want: ""},
		{name: "whitespace", in: " \n\t ", want: " \n\t "},
		{name: "plain text", in: "Le CAC 40 gagne 1 %.", want: "Le CAC 40 gagne 1 %."},
		{name: "not tags", in: "PER < 10 et <TTEF.PA> ou <Nestlé>", want: "PER < 10 et <TTEF.PA> ou <Nestlé>", why: "only HTML element names are markup"},
		{name: "fragment", in: "<p>Un <b>mot</b>.</p>", want: "Un mot."},
		{name: "attributes with >", in: `<a title="a > b" href="/x">lien</a>`, want: "lien"},
		{name: "comment and doctype", in: "<!DOCTYPE html><!-- x -->texte<?php echo 1 ?>", want: "texte"},
		{name: "script with tags inside", in: "a<script>if (x < 1) { y = '</p>'; }</script>b", want: "ab"},
		{name: "style", in: "<style>p > a { color: red }</style>texte", want: "texte"},
		{name: "head and title", in: "<html><head><title>Titre</title><meta charset=utf-8></head><body>Corps</body></html>", want: "Corps"},
		{name: "nav and footer", in: "<nav><a>Accueil</a></nav><article>Texte</article><footer>© 2026</footer>", want: "Texte"},
		{name: "nested nav", in: "<nav><nav>a</nav>b</nav>c", want: "c"},
		{name: "unclosed nav keeps content", in: "<nav>Menu<p>Texte de l'article", want: "MenuTexte de l'article", why: "never drop to the end of the page"},
		{name: "svg", in: "x<svg><use href=\"#i\"/><title>icône</title></svg>y", want: "xy"},
		{name: "entities are text", in: "<p>r&eacute;sultat&nbsp;!</p>", want: "r&eacute;sultat&nbsp;!"},
		{name: "cut tag at end", in: "texte <p class=", want: "texte "},
		{name: "cut unknown tag at end", in: "texte <TTEF", want: "texte <TTEF"},
		{name: "stray end tag", in: "a</ x>b</3>c", want: "a</ x>b</3>c"},
		{name: "custom element", in: "<my-widget>a</my-widget>", want: "a"},
		{name: "uppercase tags", in: "<P>Un</P><BR>Deux", want: "UnDeux"},
		{name: "NBSP and narrow NBSP", in: "<p>1\u202f234\u00a0€</p>", want: "1\u202f234\u00a0€"},
		{name: "apostrophes", in: "<p>l’action l'action</p>", want: "l’action l'action"},
		{name: "invalid UTF-8", in: "<p>a\xffb</p>", want: "a\xffb"},
		{name: "long line", in: "<p>" + strings.Repeat("mot ", 50000) + "</p>", want: strings.Repeat("mot ", 50000)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			spans := markup(tc.in)
			checkSpans(t, tc.in, spans)
			if diff := cmp.Diff(tc.want, visible(tc.in, spans)); diff != "" {
				t.Errorf("visible text mismatch (-want +got):\n%s\nwhy: %s", diff, tc.why)
			}
		})
	}
}

func TestElementIDs(t *testing.T) {
	if len(htmlElements) > 255 || len(elementIDs) != len(htmlElements) {
		t.Fatalf("%d element names do not fit the uint8 ids", len(htmlElements))
	}
	if headID == 0 || !inHead[elementIDs["title"]] || inHead[elementIDs["p"]] {
		t.Error("head element ids are wrong")
	}
}

func TestHasHTMLTags(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"texte", false},
		{"PER < 10", false},
		{"<TTEF.PA>", false},
		{"a<b", false},
		{"a <b>gras</b>", true},
		{"<P>", true},
		{"x<br/>", true},
		{"</div>", true},
		{"<!-- commentaire -->", true},
		{"<!doctype html>", true},
		{"<!DOCTYPE html>", true},
		{"<p", false},
		{"<my-widget x=1>", true},
		{"<Nestlé>", false},
	}
	for _, tc := range cases {
		if got := hasHTMLTags(tc.in); got != tc.want {
			t.Errorf("hasHTMLTags(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	if a := testing.AllocsPerRun(100, func() { hasHTMLTags("<div class=x>texte</div>") }); a != 0 {
		t.Errorf("hasHTMLTags allocates %v times", a)
	}
}

// TestMarkupPages reads the shared corpus pages: the spans keep their
// contract, the visible text has no script left, and the text of every
// paragraph of the page's main content (as the x/net/html parser finds it)
// is visible.
func TestMarkupPages(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join(corpusDir(t), "pages", "*.html"))
	if len(pages) == 0 {
		t.Skip("no corpus pages")
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		in := string(b)
		t.Run(filepath.Base(p), func(t *testing.T) {
			if !hasHTMLTags(in) {
				t.Fatal("hasHTMLTags = false on a page")
			}
			spans := markup(in)
			checkSpans(t, in, spans)
			vis := visible(in, spans)
			if strings.Contains(vis, "<script") || strings.Contains(vis, "</div>") {
				t.Errorf("markup left in the visible text")
			}
			words := strings.Join(strings.Fields(html.UnescapeString(vis)), " ")
			missing, total := 0, 0
			for _, para := range paragraphs(t, in) {
				total++
				if !strings.Contains(words, para) {
					missing++
					if missing <= 3 {
						t.Logf("paragraph not visible: %q", short(para))
					}
				}
			}
			if missing > 0 {
				t.Errorf("%d of %d paragraphs not visible", missing, total)
			}
		})
	}
}

// paragraphs returns the text (whitespace collapsed) of the <p> elements
// outside hidden and chrome elements, found with the x/net/html parser.
func paragraphs(t *testing.T, page string) []string {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(n *html.Node, hidden bool)
	walk = func(n *html.Node, hidden bool) {
		if n.Type == html.ElementNode {
			if f, ok := htmlElements[n.Data]; ok && f&(elemRaw|elemChrome) != 0 {
				hidden = true
			}
			if n.Data == "p" && !hidden {
				var b strings.Builder
				simple := true
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type != html.TextNode {
						simple = false
						break
					}
					b.WriteString(c.Data)
				}
				txt := strings.Join(strings.Fields(b.String()), " ")
				if simple && len(txt) > 20 {
					out = append(out, txt)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, hidden)
		}
	}
	walk(doc, false)
	return out
}

// FuzzMarkup checks the span contract on any input, and that stripHTML
// never panics.
func FuzzMarkup(f *testing.F) {
	f.Add("<p>Un <b>mot</b>.</p>")
	f.Add("<nav>Menu<p>Texte")
	f.Add("a<script>x</script>b<!-- c -->d<svg><use/></svg>")
	f.Add("<html><head><title>t</title></head><body><footer>f</footer></body></html>")
	f.Add("PER < 10 <TTEF.PA> </ x> <p class=")
	if b, err := os.ReadFile(filepath.Join("testdata", "normalize", "page.html")); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, in string) {
		spans := markup(in)
		checkSpans(t, in, spans)
		if len(spans) > 0 && strings.IndexByte(in, '<') < 0 {
			t.Fatal("markup without '<'")
		}
		// The tokens tile the input.
		pos := 0
		for _, tok := range tokenizeHTML(in) {
			if tok.start != pos || tok.end <= tok.start {
				t.Fatalf("token [%d,%d) does not follow %d", tok.start, tok.end, pos)
			}
			pos = tok.end
		}
		if pos != len(in) {
			t.Fatalf("tokens end at %d, input has %d bytes", pos, len(in))
		}
		stripHTML(in)
	})
}

func BenchmarkMarkup(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "normalize", "page.html"))
	if err != nil {
		b.Fatal(err)
	}
	cases := []struct{ name, in string }{
		{"fragment", string(page)},
		{"plain", dispatch},
	}
	// tags only, to show that the cost is linear in the number of tags
	for _, n := range []int{1, 9} {
		cases = append(cases, struct{ name, in string }{fmt.Sprintf("p-%dMiB", n), strings.Repeat("<p>", n<<20/3)})
	}
	if dir, ok := findCorpus(); ok {
		if big, err := os.ReadFile(filepath.Join(dir, "pages", "303.html")); err == nil {
			cases = append(cases, struct{ name, in string }{"page", string(big)})
		}
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			b.ReportAllocs()
			for b.Loop() {
				markup(c.in)
			}
		})
	}
}
