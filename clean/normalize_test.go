package clean

import (
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/depeche-go/depeche/internal/testutil"
	"github.com/google/go-cmp/cmp"
)

const (
	nbsp  = "\u00a0"
	nnbsp = "\u202f"
)

type normCase struct {
	name, in, want, why string
}

var normalizeCases = []normCase{
	// hostile basics
	{name: "empty", in: "", want: ""},
	{name: "whitespace only", in: " \t\n\u00a0\u202f\r\n  ", want: ""},
	{name: "already normal", in: "Le CAC 40 a gagné 1,2" + nbsp + "% à 7" + nnbsp + "512 points.", want: "Le CAC 40 a gagné 1,2" + nbsp + "% à 7" + nnbsp + "512 points."},
	{name: "invalid UTF-8", in: "prix \xff\xfe 12 €", want: "prix \ufffd\ufffd 12" + nbsp + "€", why: "output is not offset-bearing: bad bytes become U+FFFD"},
	{name: "truncated rune at end", in: "élan\xc3", want: "élan\ufffd"},
	{name: "U+FFFD kept", in: "a \ufffd b", want: "a \ufffd b"},
	{name: "NUL and controls dropped", in: "A\x00B\x01C\x7fD\x1bE", want: "ABCDE"},
	{name: "tab between words", in: "Air\tLiquide", want: "Air Liquide"},

	// line endings
	{name: "CRLF", in: "Titre\r\n\r\nCorps.", want: "Titre\n\nCorps."},
	{name: "lone CR", in: "Titre\rSuite", want: "Titre\nSuite"},
	{name: "vertical tab and form feed", in: "Un.\vDeux.\fTrois.", want: "Un.\nDeux.\nTrois."},
	{name: "line separator", in: "Un.\u2028Deux.", want: "Un.\nDeux."},
	{name: "paragraph separator", in: "Un.\u2029Deux.", want: "Un.\n\nDeux."},
	{name: "NEL is an ellipsis", in: "Et alors\u0085 rien.", want: "Et alors… rien.", why: "U+0085 is a cp1252 … read as Latin-1, not a line break"},

	// invisible characters
	{name: "soft hyphen", in: "ré\u00admunération", want: "rémunération"},
	{name: "zero-width space", in: "Total\u200bEnergies", want: "TotalEnergies"},
	{name: "BOM", in: "\ufeffPARIS (Reuters) -", want: "PARIS (Reuters) -"},
	{name: "bidi marks", in: "\u202aHSBC\u202c \u200eplc\u200f", want: "HSBC plc"},
	{name: "word joiner", in: "a\u2060b", want: "ab"},
	{name: "ZWJ between emoji kept", in: "👩\u200d💻 code", want: "👩\u200d💻 code"},
	{name: "ZWJ in text dropped", in: "ab\u200dcd", want: "abcd"},

	// C1 controls through Windows-1252
	{name: "C1 apostrophe", in: "l\u0092action", want: "l’action"},
	{name: "C1 euro", in: "12 \u0080", want: "12" + nbsp + "€"},
	{name: "C1 undefined dropped", in: "a\u0081b\u009dc", want: "abc"},

	// NFC and folds
	{name: "NFD to NFC", in: "e\u0301te\u0301", want: "été"},
	{name: "ligatures", in: "les ﬁnances et l’eﬀet", want: "les finances et l’effet"},
	{name: "fullwidth", in: "ＣＡＣ４０", want: "CAC40"},
	{name: "non-breaking hyphen", in: "Saint\u2011Gobain", want: "Saint-Gobain"},
	{name: "minus sign", in: "\u22122,5 %", want: "-2,5" + nbsp + "%"},
	{name: "three periods", in: "Et puis...", want: "Et puis…"},
	{name: "four periods kept", in: "Et puis....", want: "Et puis...."},
	{name: "two periods kept", in: "Et puis..", want: "Et puis.."},
	{name: "bracketed ellipsis", in: "(...) dit-il", want: "(…) dit-il"},
	{name: "oe and dashes kept", in: "œuvre – bœuf — ×2 ½", want: "œuvre – bœuf — ×2 ½"},

	// apostrophes
	{name: "ASCII apostrophe", in: "l'action d'Airbus aujourd'hui", want: "l’action d’Airbus aujourd’hui"},
	{name: "typographic apostrophe kept", in: "l’action", want: "l’action"},
	{name: "modifier letter apostrophe", in: "l\u02bcaction", want: "l’action"},
	{name: "acute accent as apostrophe", in: "l´action", want: "l’action"},
	{name: "backtick and prime", in: "l`action d′or", want: "l’action d’or"},
	{name: "left quote as apostrophe", in: "l‘action", want: "l’action"},
	{name: "single quotes around a word", in: "de 'conserver' à 'acheter'", want: "de 'conserver' à 'acheter'", why: "only marks between two letters change"},
	{name: "doubled apostrophe", in: "l''achat'", want: "l''achat'"},
	{name: "apostrophe after digit", in: "les 90's", want: "les 90's"},

	// French spaces
	{name: "space before question mark", in: "Pourquoi ?", want: "Pourquoi" + nnbsp + "?"},
	{name: "no space is inserted", in: "Pourquoi?", want: "Pourquoi?"},
	{name: "NBSP before semicolon", in: "a\u00a0; b", want: "a" + nnbsp + "; b"},
	{name: "colon", in: "Objectif : 12 €", want: "Objectif" + nbsp + ": 12" + nbsp + "€"},
	{name: "guillemets", in: "« Nous sommes confiants »", want: "«" + nbsp + "Nous sommes confiants" + nbsp + "»"},
	{name: "guillemets without spaces", in: "«Oui»", want: "«Oui»"},
	{name: "percent", in: "+4,09 %", want: "+4,09" + nbsp + "%"},
	{name: "per mille", in: "3 ‰", want: "3" + nbsp + "‰"},
	{name: "dollar and pound", in: "10 $ et 5 £", want: "10" + nbsp + "$ et 5" + nbsp + "£"},
	{name: "NBSP digit groups", in: "1\u00a0234\u00a0567", want: "1" + nnbsp + "234" + nnbsp + "567"},
	{name: "narrow NBSP groups kept", in: "1\u202f234", want: "1\u202f234"},
	{name: "thin space groups", in: "1\u2009234", want: "1" + nnbsp + "234"},
	{name: "ASCII space between digits kept", in: "1 234", want: "1 234", why: "may be two numbers"},
	{name: "double space collapsed", in: "le  CAC   40", want: "le CAC 40"},
	{name: "NBSP between words", in: "M.\u00a0Dupont", want: "M." + nbsp + "Dupont"},
	{name: "mixed run", in: "a \u00a0b", want: "a b"},
	{name: "ideographic space", in: "a\u3000b", want: "a b"},
	{name: "em space", in: "a\u2003b", want: "a b"},

	// lines
	{name: "trailing spaces", in: "Titre   \n\nCorps.  ", want: "Titre\n\nCorps."},
	{name: "blank lines collapsed", in: "Un.\n\n\n\n\nDeux.", want: "Un.\n\nDeux."},
	{name: "blank line with spaces", in: "Un.\n \u00a0\n\t\nDeux.", want: "Un.\n\nDeux."},
	{name: "unwrap before lower case", in: "Le titre a progressé de\n3,2 % et le groupe\nannonce", want: "Le titre a progressé de\n3,2" + nbsp + "% et le groupe annonce"},
	{name: "unwrap after comma", in: "Selon lui,\nla hausse", want: "Selon lui, la hausse"},
	{name: "unwrap after digit", in: "en 2026\net au-delà", want: "en 2026 et au-delà"},
	{name: "no unwrap before capital", in: "annoncé par\nTotalEnergies", want: "annoncé par\nTotalEnergies", why: "hard case 8: the local rule cannot know"},
	{name: "no unwrap after period", in: "Fin.\nle reste", want: "Fin.\nle reste"},
	{name: "hyphenated wrap", in: "ven-\ndredi", want: "ven-dredi", why: "the hyphen is kept: wire copy keeps it"},
	{name: "compound wrap", in: "vice-\nprésident", want: "vice-président"},
	{name: "no unwrap before bullet", in: "Points clés :\n- hausse\n• baisse", want: "Points clés" + nbsp + ":\n- hausse\n• baisse"},
	{name: "no unwrap before capital after hyphen", in: "Air France-\nKLM", want: "Air France-\nKLM"},
	{name: "leading blank lines", in: "\n\n\nTitre", want: "Titre"},

	// HTML
	{name: "paragraphs", in: "<p>Un.</p><p>Deux &amp; trois.</p>", want: "Un.\n\nDeux & trois."},
	{name: "br", in: "Ligne un.<br>Ligne deux.<br/>Trois.", want: "Ligne un.\nLigne deux.\nTrois."},
	{name: "inline tags", in: "<p>Le <b>CAC</b> <a href=\"/x\">40</a></p>", want: "Le CAC 40"},
	{name: "script and style dropped", in: "<style>p{color:red}</style><p>Texte</p><script>var a = '<p>';</script>", want: "Texte"},
	{name: "comment dropped", in: "avant<!-- pub -->après <b>x</b>", want: "avantaprès x"},
	{name: "source newlines are spaces", in: "<p>Le titre\n  progresse</p>", want: "Le titre progresse"},
	{name: "pre keeps lines", in: "<pre>a\nB</pre>", want: "a\nB"},
	{name: "table cells", in: "<table><tr><td>1</td><td>2</td></tr></table>", want: "1 2"},
	{name: "list", in: "<ul><li>Un</li><li>Deux</li></ul>", want: "Un\n\nDeux"},
	{name: "not a tag", in: "Reuters <TTEF.PA> et PER < 10 > 5", want: "Reuters <TTEF.PA> et PER < 10 > 5"},
	{name: "escaped tag stays escaped", in: "x&lt;p&gt;y", want: "x&lt;p>y", why: "decoding would make a tag that the next pass removes"},
	{name: "lt before digit", in: "PER &lt; 10", want: "PER < 10"},
	{name: "svg icon", in: "<svg><use xlink:href=\"#x\"></use><title>Partager</title></svg>Texte", want: "Texte"},

	// entities
	{name: "named entity", in: "r&eacute;sultat", want: "résultat"},
	{name: "all-caps entity", in: "R&EACUTE;SULTAT", want: "RÉSULTAT"},
	{name: "numeric", in: "&#233;t&#xE9;", want: "été"},
	{name: "numeric cp1252", in: "l&#146;action &#150; bien", want: "l’action – bien"},
	{name: "numeric zero dropped", in: "a&#0;b", want: "ab"},
	{name: "numeric surrogate", in: "a&#xD800;b", want: "a\ufffdb"},
	{name: "numeric out of range", in: "a&#99999999999;b", want: "a\ufffdb"},
	{name: "numeric control dropped", in: "a&#7;b", want: "ab"},
	{name: "numeric soft hyphen dropped", in: "a&shy;b&#173;c", want: "abc"},
	{name: "double escaping", in: "&amp;eacute;t&amp;eacute;", want: "été"},
	{name: "triple escaping", in: "&amp;amp;eacute;", want: "é"},
	{name: "amp alone", in: "AT&amp;T", want: "AT&T"},
	{name: "legacy without semicolon", in: "5&nbsp;% et 3&nbsp%", want: "5" + nbsp + "% et 3" + nbsp + "%"},
	{name: "not inside a word", in: "Ceci&notamment", want: "Ceci&notamment", why: "hard case 16"},
	{name: "copy without semicolon", in: "&copy 2026", want: "&copy 2026"},
	{name: "unknown entity", in: "&foo; &", want: "&foo; &"},
	{name: "nbsp entity before colon", in: "Objectif&nbsp;: 10", want: "Objectif" + nbsp + ": 10"},
	{name: "AT&T plain", in: "AT&T et S&P 500", want: "AT&T et S&P 500"},

	// very long lines
	{name: "very long line", in: strings.Repeat("Le titre progresse de 2 %. ", 4000), want: strings.TrimSpace(strings.Repeat("Le titre progresse de 2"+nbsp+"%. ", 4000))},
}

var mojibakeCases = []normCase{
	// repaired
	{name: "e acute", in: "Le rÃ©sultat a Ã©tÃ© publiÃ©.", want: "Le résultat a été publié."},
	{name: "apostrophe", in: "Lâ€™indice a reculÃ©", want: "L’indice a reculé"},
	{name: "quotes", in: "â€œNous sommes confiantsâ€\u009d, a-t-il dit", want: "“Nous sommes confiants”, a-t-il dit"},
	{name: "lost 0x9D closes an open quote", in: "â€œbonâ€ résultat", want: "“bon” résultat", why: "hard case 2"},
	{name: "euro", in: "12 â‚¬", want: "12" + nbsp + "€"},
	{name: "ellipsis and dashes", in: "Ensuiteâ€¦ la baisse â€“ nette â€” se confirme", want: "Ensuite… la baisse – nette — se confirme"},
	{name: "guillemets", in: "Â« Oui Â»", want: "«" + nbsp + "Oui" + nbsp + "»"},
	{name: "NBSP from A0", in: "12\u00c2\u00a0%", want: "12" + nbsp + "%"},
	{name: "capital E acute", in: "Ã‰TATS-UNIS", want: "ÉTATS-UNIS"},
	{name: "e circumflex", in: "fÃªte et Ãªtre", want: "fête et être"},
	{name: "c cedilla", in: "franÃ§ais", want: "français"},
	{name: "double encoded", in: "rÃƒÂ©sultat", want: "résultat"},
	{name: "double encoded apostrophe", in: "lÃ¢â‚¬â„¢action", want: "l’action"},
	{name: "Latin-1 C1 bytes", in: "\u00c3\u0089TAT", want: "ÉTAT", why: "C3 89 read as Latin-1 gives a C1 control"},
	{name: "oe ligature", in: "le cÅ“ur du sujet", want: "le cœur du sujet"},
	{name: "oe at word start", in: "Å“uvre", want: "œuvre"},
	{name: "I circumflex before lower case", in: "ÃŽle-de-France", want: "Île-de-France", why: "hard case 3"},
	{name: "BOM mojibake", in: "ï»¿Titre", want: "Titre"},
	{name: "emoji", in: "Bravo ðŸ‘\u008d", want: "Bravo 👍", why: "0x8D, undefined in Windows-1252, kept as a C1 control"},
	{name: "a grave from A0 and space", in: "Affiche le contenu Ã  l'événement", want: "Affiche le contenu à l’événement", why: "0xA0 became a space; the rest of the line is correct"},
	{name: "a grave alone before a word", in: "Il est Ã Paris", want: "Il est à Paris"},
	{name: "a grave before a number", in: "hausse de 2 % Ã  14,35 euros", want: "hausse de 2" + nbsp + "% à 14,35 euros"},
	{name: "a grave before a number with evidence", in: "clÃ´ture Ã 14 h", want: "clôture à 14 h"},
	{name: "a grave before a number without evidence", in: "note Ã 14", want: "note Ã 14", why: "one space and no other evidence"},
	{name: "a grave word-final before period", in: "Il est dÃ©jÃ .", want: "Il est déjà."},
	{name: "a grave word-final before comma", in: "voilÃ , rien", want: "voilà, rien"},
	{name: "a grave before exclamation", in: "voilÃ !", want: "voilà" + nnbsp + "!", why: "hard case 1: the French form"},
	{name: "a grave at end of line", in: "il y en a dÃ©jÃ\nEnsuite", want: "il y en a déjà\nEnsuite"},
	{name: "Portuguese as", in: "Ã s crianÃ§as", want: "às crianças", why: "ftfy's test; the French rule would give à s"},
	{name: "Romanian s comma", in: "BucureÈ™ti, cÃ¢t", want: "București, cât"},
	{name: "cyrillic", in: "ÐŸÑ€Ð¸Ð²ÐµÑ‚", want: "Привет"},
	{name: "decomposed accent", in: "e\u00cc\u0081te\u00cc\u0081", want: "été"},
	{name: "trademark with evidence", in: "Marqueâ„¢ dÃ©posÃ©e", want: "Marque™ déposée"},
	{name: "narrow NBSP mojibake", in: "10â€¯%", want: "10" + nbsp + "%"},
	{name: "Windows-1250", in: "Le 3 dĂ©cembre, les rĂ©sultats", want: "Le 3 décembre, les résultats"},
	{name: "ISO-8859-2", in: "Le 3 dĂŠcembre, les rĂŠsultats", want: "Le 3 décembre, les résultats"},
	{name: "ISO-8859-10", in: "entre fÃĐvrier et aoÃŧt", want: "entre février et août", why: "hard case 5"},
	{name: "mojibake in HTML", in: "<p>RÃ©sultats&nbsp;: en hausse</p>", want: "Résultats" + nbsp + ": en hausse"},
	{name: "entity mojibake", in: "r&Atilde;&copy;sultat", want: "résultat"},

	// left alone: correct text that looks like mojibake
	{name: "Portuguese name in capitals", in: "SÃO PAULO et JOÃO", want: "SÃO PAULO et JOÃO"},
	{name: "Portuguese lower case", in: "São Paulo", want: "São Paulo"},
	{name: "spaced capitals", in: "C O N C L U S Ã O", want: "C O N C L U S Ã O", why: "ftfy's negative test"},
	{name: "capital and ellipsis", in: "IL Y MARQUÉ…", want: "IL Y MARQUÉ…", why: "É… would decode to U+0245"},
	{name: "capital and registered", in: "NESTLÉ®", want: "NESTLÉ®", why: "É® would decode to U+026E"},
	{name: "capital before NBSP and guillemet", in: "« L’ÉTÉ »", want: "«" + nbsp + "L’ÉTÉ" + nbsp + "»"},
	{name: "accent before ellipsis and guillemet", in: "« un été…»", want: "«" + nbsp + "un été…»", why: "é…» would decode to a CJK character"},
	{name: "typographic apostrophe", in: "L’épisode", want: "L’épisode"},
	{name: "lone a-circumflex euro", in: "le signe â€ seul", want: "le signe â€ seul", why: "no open quote: † with a lost A0 or ” with a lost 9D"},
	{name: "trademark alone", in: "Marqueâ„¢", want: "Marqueâ„¢", why: "hard case 3: left alone without other evidence"},
	{name: "capital I circumflex alone", in: "ÃŽLE", want: "ÃŽLE", why: "hard case 3: only before a lower-case letter"},
	{name: "German capitals", in: "ÄRGER» und Å…", want: "ÄRGER» und Å…"},
	{name: "capital A circumflex", in: "L'ÂGE D'OR", want: "L’ÂGE D’OR"},
	{name: "Scandinavian", in: "Ålesund et Øresund", want: "Ålesund et Øresund"},
	{name: "Portuguese a-tilde before space", in: "IRMÃ E", want: "IRMÃ E"},
	{name: "Portuguese a-tilde before colon", in: "IRMÃ : oui", want: "IRMÃ" + nbsp + ": oui", why: "the NBSP that the space rules put there is no mojibake"},
	{name: "ISO-8859-10 single sequence", in: "le 15 aoÃŧt", want: "le 15 aoÃŧt", why: "one sequence is not a whole-line score"},
	{name: "Romanian", in: "« ÎNCĂ »", want: "«" + nbsp + "ÎNCĂ" + nbsp + "»"},
	{name: "Polish and Czech", in: "Łódź, ČEŠTINA, Kraków", want: "Łódź, ČEŠTINA, Kraków"},
	{name: "mixed page guess", in: "dĂ©cembre et dÃ©cembre", want: "dĂ©cembre et décembre", why: "a line with Windows-1252 mojibake is not read through another code page"},
}

func runNormCases(t *testing.T, cases []normCase) {
	t.Helper()
	names := testutil.NewNames(t)
	for _, tc := range cases {
		names.Add(tc.name)
		t.Run(tc.name, func(t *testing.T) {
			got := Normalize(tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Normalize(%q) mismatch (-want +got):\n%s\nwhy: %s", short(tc.in), diff, tc.why)
			}
			if again := Normalize(got); again != got {
				t.Errorf("not idempotent: Normalize(%q) = %q", short(got), short(again))
			}
		})
	}
}

func short(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}

func TestNormalize(t *testing.T) { runNormCases(t, normalizeCases) }

func TestNormalizeMojibake(t *testing.T) { runNormCases(t, mojibakeCases) }

// TestNormalizeUnchanged checks the fast path: text that needs no change
// comes back as the very same string, without allocating.
func TestNormalizeUnchanged(t *testing.T) {
	for _, tc := range append(normalizeCases, mojibakeCases...) {
		out := Normalize(tc.in)
		if out == "" {
			continue
		}
		if again := Normalize(out); unsafe.StringData(again) != unsafe.StringData(out) {
			t.Errorf("%s: normal text %q was copied", tc.name, short(out))
		}
	}
	clean := Normalize(dispatch)
	if allocs := testing.AllocsPerRun(100, func() { Normalize(clean) }); allocs != 0 {
		t.Errorf("Normalize(normal dispatch) allocates %v times, want 0", allocs)
	}
	if allocs := testing.AllocsPerRun(100, func() { Normalize("") }); allocs != 0 {
		t.Errorf("Normalize(\"\") allocates %v times, want 0", allocs)
	}
}

// TestIsNormal checks that the one-scan test of the fast path agrees with
// the stages: every output of the tables is normal, and isNormal never
// claims a text that a pass would change.
func TestIsNormal(t *testing.T) {
	for _, tc := range append(normalizeCases, mojibakeCases...) {
		if isNormal(tc.in) && normalizePass(tc.in) != tc.in {
			t.Errorf("%s: isNormal(%q) but a pass changes it", tc.name, short(tc.in))
		}
		out := Normalize(tc.in)
		if !isNormal(out) && !strings.ContainsAny(out, "&<'`´") && !strings.Contains(out, "..") &&
			!mayHaveMojibake(out) {
			t.Errorf("%s: output %q is normal but isNormal says no", tc.name, short(out))
		}
	}
}

// TestNormalizeCorpus runs Normalize over the shared corpus: valid UTF-8,
// idempotent, and no mojibake evidence left in the dispatches.
func TestNormalizeCorpus(t *testing.T) {
	root := corpusDir(t)
	var files []string
	for _, pat := range []string{"seed/*.txt", "dev/*.txt", "pages/*.html"} {
		m, _ := filepath.Glob(filepath.Join(root, pat))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no corpus files")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got := Normalize(string(b))
		checkNormalOutput(t, filepath.Base(f), string(b), got)
		if strings.HasSuffix(f, ".txt") && strings.Contains(got, "Ã©") {
			t.Errorf("%s: mojibake left", f)
		}
	}
}

// corpusDir returns ../shared/corpus relative to the module root, or skips.
func corpusDir(t testing.TB) string {
	t.Helper()
	dir, ok := findCorpus()
	if !ok {
		t.Skipf("shared corpus not found at %s", dir)
	}
	return dir
}

// findCorpus returns ../shared/corpus relative to the module root and
// whether it exists.
func findCorpus() (string, bool) {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "shared", "corpus")
	_, err := os.Stat(dir)
	return dir, err == nil
}

// checkNormalOutput checks the invariants of a Normalize output.
func checkNormalOutput(t *testing.T, name, in, got string) {
	t.Helper()
	if !utf8.ValidString(got) {
		t.Errorf("%s: invalid UTF-8 in output", name)
	}
	if again := Normalize(got); again != got {
		i := 0
		for i < len(got) && i < len(again) && got[i] == again[i] {
			i++
		}
		lo := max(0, i-40)
		t.Errorf("%s: not idempotent at byte %d: %q -> %q\ninput: %q", name, i,
			got[lo:min(len(got), i+40)], again[lo:min(len(again), i+40)], short(in))
	}
	if got != strings.TrimSpace(got) {
		t.Errorf("%s: output not trimmed", name)
	}
	for _, r := range got {
		if r < 0x20 && r != '\t' && r != '\n' || r >= 0x7f && r < 0xa0 || r == 0xad || r == 0xfeff || r == 0x200b || r == '\t' {
			t.Errorf("%s: output keeps %U", name, r)
			break
		}
	}
	if strings.Contains(got, "\n\n\n") {
		t.Errorf("%s: output keeps a run of blank lines", name)
	}
}

// TestNormalizeConcurrent shares Normalize across goroutines (run with -race).
func TestNormalizeConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	want := Normalize(repairDispatch)
	for range 8 {
		wg.Go(func() {
			for range 20 {
				if got := Normalize(repairDispatch); got != want {
					t.Error("concurrent Normalize differs")
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestLeadLenMatchesUTF8(t *testing.T) {
	for b := 0; b < 256; b++ {
		n := leadLen(byte(b))
		var want int
		switch {
		case b >= 0xC2 && b <= 0xDF:
			want = 1
		case b >= 0xE0 && b <= 0xEF:
			want = 2
		case b >= 0xF0 && b <= 0xF4:
			want = 3
		}
		if n != want {
			t.Errorf("leadLen(%#x) = %d, want %d", b, n, want)
		}
	}
}

func TestSloppyByteRoundTrip(t *testing.T) {
	for b := 0; b < 256; b++ {
		// Latin-1 reading.
		if got, ok := sloppyByte(rune(b)); !ok || int(got) != b {
			t.Errorf("sloppyByte(%U) = %#x, %v", b, got, ok)
		}
		// Windows-1252 reading.
		if b >= 0x80 && b < 0xA0 {
			if r := cp1252High[b-0x80]; r != 0 {
				if got, ok := sloppyByte(r); !ok || int(got) != b {
					t.Errorf("sloppyByte(%U) = %#x, %v, want %#x", r, got, ok, b)
				}
			}
		}
	}
}

// dispatch is a dispatch in the genre, written for these tests, with the
// usual plain-text defects: ASCII apostrophes, CRLF, spaces, a hard wrap.
const dispatch = "Vinci relève ses objectifs après un premier semestre solide\r\n\r\n" +
	"(Zonebourse.com) - Vinci grimpe de 3,1 % à 108,45 euros après la publication d'un chiffre d'affaires\r\n" +
	"semestriel de 34,2 milliards d'euros, en hausse de 4 %. Le groupe relève sa prévision de\r\n" +
	"marge opérationnelle : « Nous restons confiants pour la suite de l'exercice », a déclaré\r\n" +
	"le directeur financier.\r\n\r\n" +
	"Les analystes d'Oddo BHF saluent une \"publication rassurante\" et visent 125 euros...\r\n\r\n" +
	"Copyright (c) 2026 Zonebourse.com - Tous droits réservés\r\n"

// repairDispatch has mojibake, HTML and entities.
const repairDispatch = "<p>Vinci relÃ¨ve ses objectifs aprÃ¨s un premier semestre solide</p>\n" +
	"<p>(Zonebourse.com) - Vinci grimpe de 3,1&nbsp;% Ã  108,45 euros aprÃ¨s la publication dâ€™un chiffre " +
	"dâ€™affaires semestriel de 34,2 milliards dâ€™euros, en hausse de 4 %. Le groupe relÃ¨ve sa prÃ©vision " +
	"de marge opÃ©rationnelle&nbsp;: Â« Nous restons confiants pour la suite de lâ€™exercice Â», a dÃ©clarÃ© " +
	"le directeur financier.</p>\n<p>Les analystes d&#39;Oddo BHF saluent une &quot;publication rassurante&quot;" +
	" et visent 125 euros&#8230;</p><br>\n<p>Copyright &copy; 2026 Zonebourse.com - Tous droits rÃ©servÃ©s</p>\n"

// FuzzNormalize checks the invariants of Normalize: no panic, valid UTF-8,
// idempotent, trimmed, no controls or invisibles left.
func FuzzNormalize(f *testing.F) {
	for _, tc := range append(normalizeCases, mojibakeCases...) {
		if len(tc.in) < 4096 {
			f.Add(tc.in)
		}
	}
	seeds, _ := filepath.Glob(filepath.Join("testdata", "normalize", "*"))
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add(dispatch)
	f.Add(repairDispatch)
	f.Fuzz(func(t *testing.T, in string) {
		got := Normalize(in)
		checkNormalOutput(t, "fuzz", in, got)
		// The fast path never skips work that a pass would do.
		if isNormal(in) {
			if out := normalizePass(in); out != in {
				t.Errorf("isNormal(%q) but a pass gives %q", in, out)
			}
		}
	})
}

// benchText repeats unit, separated by a blank line, to about size bytes.
func benchText(unit string, size int) string {
	var b strings.Builder
	for b.Len() < size {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(unit)
	}
	return b.String()
}

func BenchmarkNormalize(b *testing.B) {
	normal := Normalize(dispatch)
	cases := []struct {
		name, in string
	}{
		{"normal/dispatch", normal},
		{"normal/64KiB", benchText(normal, 64<<10)},
		{"normal/1MiB", benchText(normal, 1<<20)},
		{"normal/10MiB", benchText(normal, 10<<20)},
		{"plain/dispatch", dispatch},
		{"plain/1MiB", benchText(dispatch, 1<<20)},
		{"repair/dispatch", repairDispatch},
		{"repair/64KiB", benchText(repairDispatch, 64<<10)},
		{"repair/1MiB", benchText(repairDispatch, 1<<20)},
		{"repair/10MiB", benchText(repairDispatch, 10<<20)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			b.ReportAllocs()
			for b.Loop() {
				Normalize(c.in)
			}
		})
	}
}

func TestCommonEntities(t *testing.T) {
	for name, v := range commonEntities {
		ref := "&" + name + ";"
		if want := filtered(html.UnescapeString(ref)); v != want {
			t.Errorf("commonEntities[%q] = %q, the HTML5 table says %q", name, v, want)
		}
	}
}

// randomTokens are the pieces that interact in Normalize: mojibake leads and
// continuations, spaces of every kind, line breaks, entities, tags,
// apostrophes, periods, digits, punctuation and invisible characters.
var randomTokens = []string{
	"Ã", "Â", "â", "Å", "Ä", "É", "Ì", "Ð", "ð", "ï", "€", "™", "©", "«", "»", "“", "”", "’", "Ÿ", "ƒ",
	"Ž", "Š", "œ", "ª", "\u0081", "\u0085", "\u0092", "\u009d", "\u00ad", "\u00a0", "\u202f", "\u2009",
	" ", " ", " ", "\t", "\n", "\n", "\r", "\u2028", "\u2029", "&", "amp;", "lt;", "gt;", "eacute;",
	"#233;", "#x26;", "nbsp", "&amp;", "&lt;", "<p>", "</p>", "<br>", "<b>", "<", ">", "<!--", "-->",
	"<script>", "</script>", "'", "`", "´", "ʼ", "‘", ".", ".", ",", ":", ";", "?", "!", "%", "$",
	"-", "‐", "−", "a", "e", "l", "s", "x", "A", "P", "O", "1", "2", "0", "é", "à", "è", "ç", "ê",
	"Ă", "Đ", "Š", "Ş", "ŧ", "Ł", "Ĺ", "\u0301", "ﬁ", "Ａ", "＆", "＜", "\u200b", "\u200d", "\ufeff", "👩", "💻", "\xff", "\xc3", "\x00",
}

// TestNormalizeRandomTokens checks idempotence and the fast path on many
// strings built from randomTokens (the byte-level fuzzer rarely builds
// mojibake or entities).
func TestNormalizeRandomTokens(t *testing.T) {
	n, maxTok, seed := 30000, 12, uint64(1)
	if testing.Short() {
		n = 3000
	}
	if v, err := strconv.Atoi(os.Getenv("NORMALIZE_RANDOM")); err == nil {
		n, maxTok, seed = v, 40, uint64(v) // a longer run: NORMALIZE_RANDOM=1000000
	}
	rng := rand.New(rand.NewPCG(seed, 2))
	var b strings.Builder
	for range n {
		b.Reset()
		for range 1 + rng.IntN(maxTok) {
			b.WriteString(randomTokens[rng.IntN(len(randomTokens))])
		}
		in := b.String()
		got := Normalize(in)
		checkNormalOutput(t, "random", in, got)
		if isNormal(in) && normalizePass(in) != in {
			t.Errorf("isNormal(%q) but a pass changes it", in)
		}
		if t.Failed() {
			t.Fatalf("input %q", in)
		}
	}
}
