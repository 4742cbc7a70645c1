//go:build !race

package money

// raceEnabled is true under the race detector, whose sync.Pool drops items.
const raceEnabled = false
