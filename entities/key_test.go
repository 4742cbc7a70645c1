package entities

import "testing"

// TestAppendKeyHash checks that the one-pass key and hash of the tokenizer
// equal appendTokenKey and fnv32.
func TestAppendKeyHash(t *testing.T) {
	for _, s := range []string{"", "Total", "TOTAL", "l'Oréal", "L’ORÉAL", "1 234,5", "S&P", "a-b", "\xff\xfe", "Ça", "x\u00a0y", "BNP Paribas"} {
		want := appendTokenKey([]byte("pre"), s)
		got, h := appendKeyHash([]byte("pre"), s)
		if string(got) != string(want) || h != fnv32(want[3:]) {
			t.Errorf("%q: got %q %d, want %q %d", s, got, h, want, fnv32(want[3:]))
		}
	}
}
