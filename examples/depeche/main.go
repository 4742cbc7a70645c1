// Command depeche parses French financial dispatches and prints the JSON
// documented in SCHEMA.md.
//
// Usage:
//
//	depeche [-rules DIR] [FILE...]      one JSON document per file ("-" or none: standard input)
//	depeche [-rules DIR] -jsonl         JSON Lines in ({"id", "text"}), JSON Lines out, in input order
//
// With -rules, DIR holds one folder per package (clean/, entities/, money/,
// quotes/), each with *.rules files stacked on that package's defaults in name
// order.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/depeche-go/depeche/parse"
)

func main() {
	jsonl := flag.Bool("jsonl", false, "read JSON Lines {\"id\",\"text\"} on standard input, write JSON Lines")
	rules := flag.String("rules", "", "directory of custom rule files (clean/, entities/, money/, quotes/)")
	indent := flag.Bool("indent", true, "indent the JSON of file inputs")
	flag.Parse()

	p, err := newParser(*rules)
	if err != nil {
		fmt.Fprintln(os.Stderr, "depeche:", err)
		os.Exit(2)
	}
	if *jsonl {
		if err := runJSONL(p, os.Stdin, os.Stdout, runtime.GOMAXPROCS(0)); err != nil {
			fmt.Fprintln(os.Stderr, "depeche:", err)
			os.Exit(1)
		}
		return
	}
	files := flag.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	status := 0
	for _, f := range files {
		data, err := readInput(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "depeche:", err)
			status = 1
			continue
		}
		doc, err := p.Parse(string(data))
		if err != nil {
			fmt.Fprintf(os.Stderr, "depeche: %s: %v\n", f, err)
			status = 1
			continue
		}
		var b []byte
		if *indent {
			b, err = json.MarshalIndent(doc, "", "  ")
		} else {
			b, err = json.Marshal(doc)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "depeche: %s: %v\n", f, err)
			status = 1
			continue
		}
		out.Write(b)
		out.WriteByte('\n')
	}
	out.Flush()
	os.Exit(status)
}

func readInput(name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(os.Stdin)
	}
	return os.ReadFile(name)
}

// line is one input line of -jsonl mode with its result.
type line struct {
	raw  []byte
	out  []byte
	done chan struct{} // closed when out is set
}

// runJSONL parses JSON Lines from r with workers goroutines and writes the
// results to w in input order. A line that is not valid JSON gives an error
// line; the run goes on.
func runJSONL(p *parse.Parser, r io.Reader, w io.Writer, workers int) error {
	if workers < 1 {
		workers = 1
	}
	sc := bufio.NewReader(r)
	jobs := make(chan *line, workers*4)
	order := make(chan *line, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range jobs {
				l.out = handleLine(p, l.raw)
				close(l.done)
			}
		}()
	}
	bw := bufio.NewWriter(w)
	writeErr := make(chan error, 1)
	go func() {
		var err error
		for l := range order {
			<-l.done
			if err == nil {
				if _, err = bw.Write(l.out); err == nil {
					err = bw.WriteByte('\n')
				}
			}
		}
		if err == nil {
			err = bw.Flush()
		}
		writeErr <- err
	}()
	var readErr error
	for {
		raw, err := sc.ReadBytes('\n')
		raw = bytes.TrimRight(raw, "\r\n")
		if len(bytes.TrimSpace(raw)) > 0 {
			l := &line{raw: raw, done: make(chan struct{})}
			order <- l
			jobs <- l
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				readErr = err
			}
			break
		}
	}
	close(jobs)
	close(order)
	wg.Wait()
	if err := <-writeErr; err != nil {
		return err
	}
	return readErr
}

// output is the JSON of one -jsonl result: the id and the document fields.
type output struct {
	ID any `json:"id"`
	*parse.Document
}

type errorLine struct {
	ID    any    `json:"id"`
	Error string `json:"error"`
}

func handleLine(p *parse.Parser, raw []byte) []byte {
	var in struct {
		ID   any             `json:"id"`
		Text json.RawMessage `json:"text"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return mustJSON(errorLine{ID: nil, Error: "invalid JSON: " + err.Error()})
	}
	if in.Text == nil || string(in.Text) == "null" {
		return mustJSON(errorLine{ID: in.ID, Error: `missing "text"`})
	}
	var text string
	if err := json.Unmarshal(in.Text, &text); err != nil {
		// the id is known: keep it on the error line.
		return mustJSON(errorLine{ID: in.ID, Error: `"text" is not a string`})
	}
	doc, err := p.Parse(text)
	if err != nil {
		return mustJSON(errorLine{ID: in.ID, Error: err.Error()})
	}
	return mustJSON(output{ID: in.ID, Document: doc})
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		b, _ = json.Marshal(errorLine{Error: "encoding: " + err.Error()})
	}
	return b
}
