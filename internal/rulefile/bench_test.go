package rulefile

import (
	"strings"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 5000; i++ {
		sb.WriteString("# comment\nORG\tSociété Générale\tSocGen\tSG\tsubtype=bank\n")
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bench.rules", data); err != nil {
			b.Fatal(err)
		}
	}
}
