//go:build unix

package quotes

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/depeche-go/depeche/internal/text"
)

// cpuTime returns the CPU time used by the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestCPUSpeed reports MB per second of CPU time (not wall time) for 64 KiB,
// 1 MiB and 10 MiB of dispatches with precomputed entities, a figure that a
// shared, loaded machine distorts less than the benchmarks. Run it with
// CPUSPEED=1 GOMAXPROCS=1; it is skipped otherwise.
func TestCPUSpeed(t *testing.T) {
	if os.Getenv("CPUSPEED") == "" {
		t.Skip()
	}
	for _, size := range []int{1 << 16, 1 << 20, 10 << 20} {
		in, ents := benchInput(size)
		spans := []Span{{Start: 0, End: len(in)}}
		Default().FindIn(in, spans, ents)
		n := 0
		start := cpuTime()
		for cpuTime()-start < 3*time.Second {
			Default().FindIn(in, spans, ents)
			n++
		}
		d := cpuTime() - start
		t.Logf("%8d bytes: %.1f MB/s of CPU time (%d runs)", len(in), float64(len(in)*n)/d.Seconds()/1e6, n)
	}
}

// TestCPUTokenize is the same measure for the tokenizer alone, for scale.
func TestCPUTokenize(t *testing.T) {
	if os.Getenv("CPUSPEED") == "" {
		t.Skip()
	}
	in, _ := benchInput(1 << 20)
	var buf []text.Token
	n := 0
	start := cpuTime()
	for cpuTime()-start < 3*time.Second {
		buf = text.Tokenize(buf[:0], in, text.Span{Start: 0, End: len(in)})
		n++
	}
	d := cpuTime() - start
	t.Logf("text.Tokenize alone: %.1f MB/s of CPU time", float64(len(in)*n)/d.Seconds()/1e6)
}
