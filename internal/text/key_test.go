package text

import (
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"whitespace only", " \t\u00a0\n", ""},
		{"already a key", "societe generale", "societe generale"},
		{"case and accents", "Société Générale", "societe generale"},
		{"typographic apostrophe", "L’Oréal", "l'oreal"},
		{"modifier apostrophe", "Lʼaction", "l'action"},
		{"dashes", "Saint–Gobain — x − y", "saint-gobain - x - y"},
		{"ligatures", "Œuvre cœur Æ", "oeuvre coeur ae"},
		{"eszett", "Straße", "strasse"},
		{"nbsp and narrow nbsp", "Crédit\u00a0Agricole\u202fSA", "credit agricole sa"},
		{"spaces collapsed and trimmed", "  Air   France  ", "air france"},
		{"controls are space", "a\x00b\tc\x7fd", "a b c d"},
		{"soft hyphen dropped", "Eu\u00adronext", "euronext"},
		{"zero width dropped", "Air\u200bbus\ufeff", "airbus"},
		{"combining marks", "Cafe\u0301", "cafe"},
		{"other scripts", "ΑΘΗΝΑ", "αθηνα"},
		{"invalid utf8", "a\xffb", "a\ufffdb"},
		{"digits and symbols", "CAC 40 €", "cac 40 €"},
		{"html entity left alone", "AT&amp;T", "at&amp;t"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Key(tt.in)
			if got != tt.want {
				t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Key(got); again != got {
				t.Errorf("Key is not idempotent: Key(%q) = %q", got, again)
			}
			var b strings.Builder
			AppendKey(&b, tt.in)
			if b.String() != tt.want {
				t.Errorf("AppendKey(%q) = %q, want %q", tt.in, b.String(), tt.want)
			}
		})
	}
}

func TestKeyAllocs(t *testing.T) {
	for _, s := range []string{"", "bnp paribas", "l'oreal", "cac 40"} {
		if n := testing.AllocsPerRun(100, func() { _ = Key(s) }); n != 0 {
			t.Errorf("Key(%q) allocates %v times, want 0", s, n)
		}
	}
}
