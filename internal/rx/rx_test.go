package rx

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestFindAllByteOffsets(t *testing.T) {
	re, err := Compile(`(?<=d')(\p{L}+)`, false, 0)
	if err != nil {
		t.Fatal(err)
	}
	in := "près d'euros et d’été, puis d'énergie"
	ms, err := re.FindAll(in, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, in[m.Start:m.End])
		if g := m.Groups[0]; in[g[0]:g[1]] != in[m.Start:m.End] {
			t.Errorf("group 1 = %q", in[g[0]:g[1]])
		}
	}
	if strings.Join(got, "|") != "euros|énergie" {
		t.Errorf("got %q", got)
	}
	if ms, _ := re.FindAll(in, 1); len(ms) != 1 {
		t.Errorf("max 1: %d matches", len(ms))
	}
}

func TestOptionalGroup(t *testing.T) {
	re, err := Compile(`a(b)?c`, true, 0)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := re.FindAll("xAC", 0)
	if err != nil || len(ms) != 1 {
		t.Fatalf("%v %v", ms, err)
	}
	if ms[0].Groups[0] != [2]int{-1, -1} {
		t.Errorf("unmatched group = %v", ms[0].Groups[0])
	}
	if ok, err := re.MatchString("abc"); !ok || err != nil {
		t.Errorf("MatchString = %v, %v", ok, err)
	}
}

func TestCompileError(t *testing.T) {
	_, err := Compile(`(unclosed`, false, 0)
	if err == nil || !strings.HasPrefix(err.Error(), "rx: ") {
		t.Fatalf("err = %v", err)
	}
}

func TestTimeout(t *testing.T) {
	re, err := Compile(`(a+)+$`, false, 20*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	in := strings.Repeat("a", 5000) + "!"
	start := time.Now()
	_, err = re.FindAll(in, 0)
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
	if _, err := re.MatchString(in); !errors.Is(err, ErrTimeout) {
		t.Errorf("MatchString err = %v", err)
	}
}
