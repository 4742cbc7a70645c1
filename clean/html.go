package clean

import (
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// This file reads HTML with the tokenizer of golang.org/x/net/html. The
// tokenizer's raw tokens partition the input, which gives exact byte offsets
// without rewriting anything.
//
// Two users:
//   - [markup] tells the structure code which bytes of an HTML input are
//     markup, so that the remaining bytes are the visible text;
//   - [stripHTML] is the HTML stage of [Normalize].

// elemFlags describes what an HTML element does to the visible text.
type elemFlags uint16

const (
	elemBlock  elemFlags = 1 << iota // starts and ends a paragraph: "\n\n" in Normalize
	elemBreak                        // <br>: "\n" in Normalize
	elemCell                         // <td>, <th>: a space in Normalize
	elemRaw                          // content is never text: script, style, noscript, template, svg
	elemChrome                       // content is page chrome for [markup]: head, nav, footer...
	elemPre                          // keeps its line breaks: pre, textarea, listing
	elemVoid                         // has no end tag and no content
)

// htmlElements lists the element names we treat as HTML. A tag with
// another name ("<TTEF.PA>", a Reuters instrument code, or "<Nestlé>") is
// text, not markup. Custom elements (names with a "-") are markup too.
var htmlElements = map[string]elemFlags{
	// blocks
	"address": elemBlock, "article": elemBlock, "blockquote": elemBlock, "body": elemBlock,
	"caption": elemBlock, "dd": elemBlock, "details": elemBlock, "dialog": elemBlock,
	"div": elemBlock, "dl": elemBlock, "dt": elemBlock, "fieldset": elemBlock,
	"figcaption": elemBlock, "figure": elemBlock, "h1": elemBlock, "h2": elemBlock,
	"h3": elemBlock, "h4": elemBlock, "h5": elemBlock, "h6": elemBlock, "header": elemBlock,
	"hgroup": elemBlock, "hr": elemBlock | elemVoid, "html": elemBlock, "legend": elemBlock,
	"li": elemBlock, "main": elemBlock, "ol": elemBlock, "p": elemBlock, "section": elemBlock,
	"summary": elemBlock, "table": elemBlock, "tbody": elemBlock, "tfoot": elemBlock,
	"thead": elemBlock, "tr": elemBlock, "ul": elemBlock, "center": elemBlock,
	"form": elemBlock, "menu": elemBlock,
	"pre": elemBlock | elemPre, "listing": elemBlock | elemPre, "xmp": elemBlock | elemPre,
	"textarea": elemPre, "plaintext": elemPre,
	"td": elemCell, "th": elemCell,
	"br": elemBreak | elemVoid,
	// chrome: content hidden from [markup]'s visible text
	"head": elemChrome, "title": elemChrome, "nav": elemChrome | elemBlock,
	"footer": elemChrome | elemBlock, "aside": elemChrome | elemBlock,
	"iframe": elemChrome, "math": elemChrome, "button": elemChrome,
	"select": elemChrome, "object": elemChrome, "canvas": elemChrome, "video": elemChrome,
	"audio": elemChrome, "map": elemChrome, "noembed": elemChrome, "noframes": elemChrome,
	"datalist": elemChrome,
	// never visible
	"script": elemRaw, "style": elemRaw, "noscript": elemRaw, "template": elemRaw,
	"svg": elemRaw, // icons: their <title> and <text> are not article text
	// inline and void elements: removed, nothing added
	"a": 0, "abbr": 0, "b": 0, "bdi": 0, "bdo": 0, "big": 0, "cite": 0, "code": 0,
	"data": 0, "del": 0, "dfn": 0, "em": 0, "font": 0, "i": 0, "ins": 0, "kbd": 0,
	"label": 0, "mark": 0, "nobr": 0, "option": 0, "optgroup": 0, "output": 0,
	"picture": 0, "q": 0, "rp": 0, "rt": 0, "ruby": 0, "s": 0, "samp": 0, "small": 0,
	"span": 0, "strike": 0, "strong": 0, "sub": 0, "sup": 0, "time": 0, "tt": 0,
	"u": 0, "var": 0, "wbr": elemVoid, "img": elemVoid, "input": elemVoid,
	"meta": elemVoid, "link": elemVoid, "base": elemVoid, "area": elemVoid,
	"col": elemVoid, "colgroup": 0, "embed": elemVoid, "param": elemVoid,
	"source": elemVoid, "track": elemVoid, "frame": elemVoid, "frameset": 0,
	"amp-img": elemVoid,
}

// elementIDs numbers the names of htmlElements from 1, in sorted order.
var elementIDs = func() map[string]uint8 {
	names := make([]string, 0, len(htmlElements))
	for k := range htmlElements {
		names = append(names, k)
	}
	sort.Strings(names) // fewer than 256 names: TestElementIDs
	m := make(map[string]uint8, len(names))
	for i, k := range names {
		m[k] = uint8(i + 1)
	}
	return m
}()

// elementFlags returns the flags of the lower-case element name, and
// whether the name is an HTML element (or a custom element).
func elementFlags(name []byte) (elemFlags, bool) {
	if f, ok := htmlElements[string(name)]; ok {
		return f, true
	}
	if len(name) > 2 && len(name) <= 64 && isASCIILower(name[0]) {
		dash := false
		for _, c := range name {
			switch {
			case c == '-':
				dash = true
			case isASCIILower(c) || '0' <= c && c <= '9' || c == '.' || c == '_':
			default:
				return 0, false
			}
		}
		return 0, dash // a custom element: <my-widget>
	}
	return 0, false
}

func isASCIILower(c byte) bool { return 'a' <= c && c <= 'z' }

// hasHTMLTags reports whether s contains at least one HTML tag, comment or
// doctype: "<" followed by an element name that [htmlElements] knows (or a
// custom element name) and then ">", "/" or white space; "<!--"; or
// "<!doctype". It is a cheap scan that allocates nothing; plain text with
// "<" signs ("PER < 10", "<TTEF.PA>") is not HTML.
func hasHTMLTags(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return false
		}
		i += j + 1
		if i >= len(s) {
			return false
		}
		if s[i] == '!' {
			if strings.HasPrefix(s[i:], "!--") || len(s)-i >= 8 && strings.EqualFold(s[i+1:i+8], "doctype") {
				return true
			}
			continue
		}
		k := i
		if s[k] == '/' {
			k++
		}
		var buf [16]byte
		n := 0
		for k < len(s) && n < len(buf) {
			c := s[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if !isASCIILower(c) && !('0' <= c && c <= '9') && c != '-' {
				break
			}
			buf[n] = c
			n++
			k++
		}
		if n == 0 || k >= len(s) {
			continue
		}
		switch s[k] {
		case '>', '/', ' ', '\t', '\n', '\r', '\f':
			if _, ok := elementFlags(buf[:n]); ok {
				return true
			}
		}
	}
}

// htmlPieceKind says what a piece of an HTML input is.
type htmlPieceKind uint8

const (
	pieceText  htmlPieceKind = iota // visible text (raw: entities not decoded)
	pieceTag                        // a tag that adds nothing to the text
	pieceBreak                      // <br>
	pieceBlock                      // a block tag: a paragraph boundary
	pieceCell                       // a table cell tag: a word boundary
	pieceDrop                       // a comment, a doctype, or a whole hidden element
)

// htmlPiece is a piece of an HTML input: input[Start:End], of one kind.
// Pre is set for text inside <pre> or <textarea>.
type htmlPiece struct {
	Start, End int
	Kind       htmlPieceKind
	Pre        bool
}

// htmlToken is one token of an HTML input: input[start:end].
type htmlToken struct {
	start, end int
	flags      elemFlags
	typ        uint8 // an html.TokenType
	name       uint8 // the id of a known element's name (elementIDs), else 0
	markup     bool  // false: the token is text (unknown tag names, stray "</ x>")
}

// walkHTML cuts input into pieces that tile it, in order, and calls fn for
// each. With chrome set, the content of the page-chrome elements (head,
// nav, footer, aside...) is dropped like that of script and style; a hidden
// element whose end tag is missing drops only its start tag, never the rest
// of the page.
func walkHTML(input string, chrome bool, fn func(htmlPiece)) {
	toks := tokenizeHTML(input)
	hide := elemRaw
	if chrome {
		hide |= elemChrome
	}
	// Match the start and end tags of hidden elements, per element name.
	closing := make(map[int]int) // index of a start tag -> index of its end tag
	var stacks map[uint8][]int
	for i, t := range toks {
		if !t.markup || t.flags&hide == 0 {
			continue
		}
		switch html.TokenType(t.typ) {
		case html.StartTagToken:
			if stacks == nil {
				stacks = make(map[uint8][]int)
			}
			stacks[t.name] = append(stacks[t.name], i)
		case html.EndTagToken:
			if st := stacks[t.name]; len(st) > 0 {
				closing[st[len(st)-1]] = i
				stacks[t.name] = st[:len(st)-1]
			}
		}
	}
	pre := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.markup {
			fn(htmlPiece{Start: t.start, End: t.end, Kind: pieceText, Pre: pre > 0})
			continue
		}
		kind := pieceTag
		typ := html.TokenType(t.typ)
		switch typ {
		case html.CommentToken, html.DoctypeToken:
			kind = pieceDrop
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			if chrome && typ == html.StartTagToken && t.name == headID {
				// The head ends at </head>, or where the parser would end
				// it: at body content (a tag or text that has no place in
				// a head).
				j := headEnd(input, toks, i, closing)
				fn(htmlPiece{Start: t.start, End: toks[j].end, Kind: pieceDrop})
				i = j
				continue
			}
			if typ == html.StartTagToken && t.flags&hide != 0 {
				if j, ok := closing[i]; ok {
					fn(htmlPiece{Start: t.start, End: toks[j].end, Kind: pieceDrop})
					i = j
					continue
				}
			}
			if t.flags&elemPre != 0 && typ != html.SelfClosingTagToken {
				if typ == html.StartTagToken {
					pre++
				} else if pre > 0 {
					pre--
				}
			}
			switch {
			case t.flags&elemBreak != 0:
				kind = pieceBreak
			case t.flags&elemBlock != 0:
				kind = pieceBlock
			case t.flags&elemCell != 0:
				kind = pieceCell
			}
		}
		fn(htmlPiece{Start: t.start, End: t.end, Kind: kind})
	}
}

// inHead tells, by element id, the elements that may appear inside <head>.
var inHead = func() (m [256]bool) {
	for _, name := range []string{"base", "link", "meta", "noscript", "script", "style", "template", "title"} {
		m[elementIDs[name]] = true
	}
	return m
}()

// headID is the element id of "head".
var headID = elementIDs["head"]

// headEnd returns the index of the last token of the head element that
// starts at toks[i]: its end tag, or the token before the first one that
// the HTML parser would move to the body.
func headEnd(input string, toks []htmlToken, i int, closing map[int]int) int {
	for j := i + 1; j < len(toks); j++ {
		t := toks[j]
		switch {
		case !t.markup:
			if strings.TrimSpace(input[t.start:t.end]) != "" {
				return j - 1
			}
		case html.TokenType(t.typ) == html.EndTagToken && t.name == headID:
			return j
		case html.TokenType(t.typ) == html.StartTagToken || html.TokenType(t.typ) == html.SelfClosingTagToken:
			if !inHead[t.name] {
				return j - 1
			}
			if k, ok := closing[j]; ok {
				j = k // skip the content of script, style, title...
			}
		}
	}
	return len(toks) - 1
}

// tokenizeHTML returns the tokens of input, which tile it.
func tokenizeHTML(input string) []htmlToken {
	z := html.NewTokenizer(strings.NewReader(input))
	// at most one token per "<" and one text token after each: no growth
	toks := make([]htmlToken, 0, 2*strings.Count(input, "<")+1)
	off := 0
	foreign := 0         // depth of <svg> and <math>
	var nameBuf [64]byte // the tag name, lowered without allocation
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		t := htmlToken{start: off, end: off + len(raw), typ: uint8(tt)}
		off = t.end
		switch tt {
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, ok := rawTagName(nameBuf[:0], raw)
			if !ok {
				name, _ = z.TagName()
			}
			t.flags, t.markup = elementFlags(name)
			if string(name) == "svg" || string(name) == "math" {
				switch tt {
				case html.StartTagToken:
					foreign++
				case html.EndTagToken:
					foreign = max(foreign-1, 0)
				}
			} else if foreign > 0 {
				// Inside SVG or MathML every tag is markup: <use>, <path>.
				t.flags, t.markup = 0, true
			}
			if t.markup {
				t.name = elementIDs[string(name)] // 0 for custom elements
			}
		case html.CommentToken:
			// "<!-- -->", "<!x>", "<?x>" are markup; a stray "</ x>" or
			// "</3>" that the tokenizer also calls a comment is text.
			t.markup = len(raw) > 1 && (raw[1] == '!' || raw[1] == '?')
		case html.DoctypeToken:
			t.markup = true
		}
		if n := len(toks); n > 0 && !t.markup && !toks[n-1].markup {
			toks[n-1].end = t.end // merge adjacent text
			continue
		}
		toks = append(toks, t)
	}
	if off < len(input) {
		// The tokenizer stops at a tag cut by the end of the input ("<p
		// class="). It is markup when it starts like a known tag.
		rest := input[off:]
		t := htmlToken{start: off, end: len(input), typ: uint8(html.TextToken)}
		if len(rest) > 1 && rest[0] == '<' {
			if hasHTMLTags(rest + ">") {
				t.markup, t.typ = true, uint8(html.CommentToken)
			}
		}
		if n := len(toks); n > 0 && !t.markup && !toks[n-1].markup {
			toks[n-1].end = t.end
		} else {
			toks = append(toks, t)
		}
	}
	return toks
}

// rawTagName appends to dst the name of the start or end tag raw, lowered
// as the tokenizer's TagName does it but without allocating; false when the
// name does not fit in dst's capacity or holds a NUL byte (left to
// TagName).
func rawTagName(dst, raw []byte) ([]byte, bool) {
	i := 1
	if len(raw) > 1 && raw[1] == '/' {
		i = 2
	}
	for ; i < len(raw); i++ {
		c := raw[i]
		switch c {
		case ' ', '\t', '\n', '\f', '\r', '/', '>':
			return dst, true
		case 0:
			return dst, false
		}
		if len(dst) == cap(dst) {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// markup returns the byte spans of input that are markup to remove, so that
// the remaining bytes are the page's visible text:
//
//   - every tag of an HTML element (<p>, </div>, <br/>, <a href="...">),
//     including a tag cut by the end of the input;
//   - comments, doctype, processing instructions and CDATA sections;
//   - the whole element, tags and content, of script, style, noscript,
//     template and svg, and of the page chrome: head (so the <title> too), nav,
//     footer, aside, iframe, button, select, and a few similar ones
//     (see htmlElements). The head ends at </head> or where the HTML parser
//     would end it (at the first tag or text that belongs in the body). Any
//     other such element whose end tag is missing loses only its start tag:
//     content is never dropped to the end of the page.
//
// A "<" that does not open an HTML element is text: "PER < 10", "<TTEF.PA>"
// (a Reuters code), "<Nestlé>". Character references (&eacute; &nbsp;) are
// text too, left as written: decode them for display with [Normalize].
//
// The spans are sorted, do not overlap, are never empty, and adjacent spans
// are merged; offsets are byte offsets into input, which is never rewritten.
// Text between two spans may be only white space (the indentation of the
// page source). Input without HTML gives nil. markup works on fragments and
// whole pages alike, and never fails: malformed HTML is read the way the
// x/net/html tokenizer reads it. Cost is linear in len(input); markup is
// safe for concurrent use.
//
// Call [hasHTMLTags] first for a cheap test of whether input is HTML at all.
func markup(input string) []Span {
	if strings.IndexByte(input, '<') < 0 {
		return nil
	}
	var out []Span
	walkHTML(input, true, func(p htmlPiece) {
		if p.Kind == pieceText || p.Start == p.End {
			return
		}
		if n := len(out); n > 0 && out[n-1].End == p.Start {
			out[n-1].End = p.End
			return
		}
		out = append(out, Span{Start: p.Start, End: p.End})
	})
	return out
}

// stripHTML is the HTML stage of [Normalize]: when s contains HTML tags, it
// drops the markup (script, style, noscript, template and svg elements with
// their content, comments, doctype and tags), writes "\n" for <br>, a blank line
// for block tags and a space for table cells, and turns the line breaks of
// the page source into spaces (except inside <pre>), as a browser does.
// Character references are left to the next stage.
func stripHTML(s string) string {
	if !hasHTMLTags(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/16 + 16)
	walkHTML(s, false, func(p htmlPiece) {
		switch p.Kind {
		case pieceText:
			t := s[p.Start:p.End]
			if p.Pre {
				b.WriteString(t)
				return
			}
			for {
				i := strings.IndexAny(t, "\n\t")
				if i < 0 {
					break
				}
				b.WriteString(t[:i])
				b.WriteByte(' ')
				t = t[i+1:]
			}
			b.WriteString(t)
		case pieceBreak:
			b.WriteByte('\n')
		case pieceBlock:
			b.WriteString("\n\n")
		case pieceCell:
			b.WriteByte(' ')
		}
	})
	return b.String()
}
