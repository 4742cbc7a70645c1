package clean

import "fmt"

// Role is the role of a kept segment.
type Role uint8

// The roles of kept segments. The zero value means "none" (a removed segment).
const (
	RoleNone Role = iota
	RoleTitle
	RoleDateline
	RoleParagraph
	RoleIntertitle
)

var roleNames = [...]string{"", "title", "dateline", "paragraph", "intertitle"}

// String returns the role's name as in SCHEMA.md ("title", "paragraph"...).
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return fmt.Sprintf("Role(%d)", r)
}

// MarshalText implements encoding.TextMarshaler.
func (r Role) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// Kind is the kind of a removed segment, as listed in SCHEMA.md.
type Kind uint8

// The kinds of boilerplate. The zero value means "none" (a kept segment).
const (
	KindNone Kind = iota
	KindCopyright
	KindDisclaimer
	KindSource
	KindVote
	KindShare
	KindReadMore
	KindNewsletter
	KindPaywall
	KindCookie
	KindByline
	KindCredit
	KindTimestamp
	KindCorrection
	KindTicker
	KindMarkup
	KindAd
	KindNav
	KindDuplicate
	KindOther
)

var kindNames = [...]string{"", "copyright", "disclaimer", "source", "vote", "share", "readmore",
	"newsletter", "paywall", "cookie", "byline", "credit", "timestamp", "correction", "ticker",
	"markup", "ad", "nav", "duplicate", "other"}

// String returns the kind's name as in SCHEMA.md ("copyright", "vote"...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// ParseKind returns the kind named s ("copyright"...), or false.
func ParseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if n == s && i != 0 {
			return Kind(i), true
		}
	}
	return KindNone, false
}
