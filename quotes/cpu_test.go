//go:build unix

package quotes

import (
	"github.com/depeche-go/depeche/internal/text"
	"os"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

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
