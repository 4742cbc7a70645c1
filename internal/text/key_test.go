package text

import (
	"strings"
	"testing"
)

// keyCases are the inputs of the key tests, with their keys.
var keyCases = []struct{ name, in, want, why string }{
	{"empty", "", "", ""},
	{"whitespace only", " \t\u00a0\n", "", ""},
	{"already a key", "societe generale", "societe generale", ""},
	{"case and accents", "Société Générale", "societe generale", ""},
	{"typographic apostrophe", "L’Oréal", "l'oreal", ""},
	{"modifier apostrophe", "Lʼaction", "l'action", ""},
	{"dashes", "Saint–Gobain — x − y", "saint-gobain - x - y", ""},
	{"ligatures", "Œuvre cœur Æ", "oeuvre coeur ae", ""},
	{"eszett", "Straße", "strasse", ""},
	{"nbsp and narrow nbsp", "Crédit\u00a0Agricole\u202fSA", "credit agricole sa", ""},
	{"spaces collapsed and trimmed", "  Air   France  ", "air france", ""},
	{"controls are space", "a\x00b\tc\x7fd", "a b c d", ""},
	{"soft hyphen dropped", "Eu\u00adronext", "euronext", ""},
	{"zero width dropped", "Air\u200bbus\ufeff", "airbus", ""},
	{"combining marks", "Cafe\u0301", "cafe", ""},
	{"decomposed then folded", "\u01FE", "o", "Ǿ is Ø plus an accent, and Ø folds to o"},
	{"other scripts", "ΑΘΗΝΑ", "αθηνα", ""},
	{"invalid utf8", "a\xffb", "a\ufffdb", "an invalid byte becomes U+FFFD, longer than the byte"},
	{"invalid only", "\xff\xfe", "\ufffd\ufffd", ""},
	{"digits and symbols", "CAC 40 €", "cac 40 €", ""},
	{"html entity left alone", "AT&amp;T", "at&amp;t", ""},
	{"html fragment", "<p class=\"x\">Lire  AUSSI</p>", "<p class=\"x\">lire aussi</p>", ""},
	{"guillemets kept", "« Très  bien »", "« tres bien »", ""},
	{"ascii quotes kept", `"Oui" 'non'`, `"oui" 'non'`, ""},
	{"capital longer in lower case", "\u023A", "\u2C65", "Ⱥ (2 bytes) lowers to ⱥ (3 bytes)"},
	{"very long line", strings.Repeat("Électricité de France ", 500), strings.TrimSpace(strings.Repeat("electricite de france ", 500)), ""},
}

func TestKey(t *testing.T) {
	for _, tt := range keyCases {
		t.Run(tt.name, func(t *testing.T) {
			got := Key(tt.in)
			if got != tt.want {
				t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Key(got); again != got {
				t.Errorf("Key is not idempotent: Key(%q) = %q", got, again)
			}
		})
	}
}

// TestAppendKey checks that AppendKey appends exactly Key(s) after what dst
// holds, whatever dst holds (a trailing space in dst does not change the
// key), and that AppendKeyLimit gives the whole key when it fits the limit
// and a prefix of it longer than the limit otherwise.
func TestAppendKey(t *testing.T) {
	for _, tt := range keyCases {
		t.Run(tt.name, func(t *testing.T) {
			for _, pre := range []string{"", "pre", "pre "} {
				got := string(AppendKey([]byte(pre), tt.in))
				if want := pre + Key(tt.in); got != want {
					t.Errorf("AppendKey(%q, %q) = %q, want %q", pre, tt.in, got, want)
				}
				// a buffer with room: the same bytes.
				buf := make([]byte, len(pre), len(pre)+4*len(tt.in)+8)
				copy(buf, pre)
				if got := string(AppendKey(buf, tt.in)); got != pre+tt.want {
					t.Errorf("AppendKey into a buffer with room = %q, want %q", got, pre+tt.want)
				}
			}
			for _, limit := range []int{-1, 0, 1, 3, 10, len(tt.want), len(tt.want) + 1, 1 << 40} {
				got := string(AppendKeyLimit([]byte("pre"), tt.in, limit))[3:]
				switch {
				case limit < 0 || len(tt.want) <= limit:
					if got != tt.want {
						t.Errorf("AppendKeyLimit(%q, %d) = %q, want the whole key %q", tt.in, limit, got, tt.want)
					}
				case !strings.HasPrefix(tt.want, got) || len(got) <= limit:
					t.Errorf("AppendKeyLimit(%q, %d) = %q, want a prefix of %q longer than %d", tt.in, limit, got, tt.want, limit)
				case len(got) > limit+8:
					t.Errorf("AppendKeyLimit(%q, %d) = %q: went %d bytes past the limit", tt.in, limit, got, len(got)-limit)
				}
			}
		})
	}
}

func TestAppendKeyAllocs(t *testing.T) {
	buf := make([]byte, 0, 256)
	for _, s := range []string{"", "bnp paribas", "Société Générale", "L’Oréal", "Œuvre\u00a0cœur", "\u01FE", "Cafe\u0301", "a\xffb", "« Très bien »"} {
		if n := testing.AllocsPerRun(100, func() { buf = AppendKey(buf[:0], s) }); n != 0 {
			t.Errorf("AppendKey(%q) allocates %v times with room in dst, want 0", s, n)
		}
		if n := testing.AllocsPerRun(100, func() { buf = AppendKeyLimit(buf[:0], s, 4) }); n != 0 {
			t.Errorf("AppendKeyLimit(%q) allocates %v times with room in dst, want 0", s, n)
		}
	}
}

func TestKeyAllocs(t *testing.T) {
	for _, s := range []string{"", "bnp paribas", "l'oreal", "cac 40"} {
		if n := testing.AllocsPerRun(100, func() { _ = Key(s) }); n != 0 {
			t.Errorf("Key(%q) allocates %v times, want 0", s, n)
		}
	}
	// a short key that is not its input: the result string only.
	if n := testing.AllocsPerRun(100, func() { _ = Key("Société Générale") }); n != 1 {
		t.Errorf("Key allocates %v times on a short accented name, want 1", n)
	}
}
