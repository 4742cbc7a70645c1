package parse_test

import (
	"os"
	"testing"

	"github.com/depeche-go/depeche/parse"
)

// BenchmarkParse measures Parse on one dispatch and on 64 KiB to 10 MiB of
// the module's dispatches concatenated into one input: the MB/s should stay
// flat. Note that the cleaner removes much of a concatenation as the tail
// after the first copyright block, so the later stages see little of it;
// BenchmarkParseEach measures the whole pipeline dispatch by dispatch.
func BenchmarkParse(b *testing.B) {
	p, err := parse.New(parse.Options{})
	if err != nil {
		b.Fatal(err)
	}
	run := func(b *testing.B, input string) {
		b.SetBytes(int64(len(input)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := p.Parse(input); err != nil {
				b.Fatal(err)
			}
		}
	}
	one, err := os.ReadFile(articles(b)[0])
	if err != nil {
		b.Fatal(err)
	}
	b.Run("dispatch", func(b *testing.B) { run(b, string(one)) })
	for _, sz := range []struct {
		name string
		size int
	}{{"64KiB", 64 << 10}, {"1MiB", 1 << 20}, {"10MiB", 10 << 20}} {
		b.Run(sz.name, func(b *testing.B) { run(b, corpus(b, sz.size)) })
	}
}

// BenchmarkNew measures building a parser from already compiled default
// stages.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse.New(parse.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseEach parses about 1 MiB of dispatches one by one (the
// module's articles, repeated): the throughput of the whole pipeline on a
// stream of dispatches, as the -jsonl command sees it.
func BenchmarkParseEach(b *testing.B) {
	p, err := parse.New(parse.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []string
	total := 0
	for total < 1<<20 {
		for _, f := range articles(b) {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, string(data))
			total += len(data)
		}
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := p.Parse(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
