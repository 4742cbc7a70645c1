package rx

import (
	"strings"
	"testing"
)

func BenchmarkFindAll(b *testing.B) {
	re, err := Compile(`(?<=\s)[A-Z]\p{L}+(?= SA\b)`, false, 0)
	if err != nil {
		b.Fatal(err)
	}
	in := strings.Repeat("La société Exemplia SA a publié des résultats en hausse. ", 64)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := re.FindAll(in, 0); err != nil {
			b.Fatal(err)
		}
	}
}
