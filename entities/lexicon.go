package entities

// lexTable is an open-addressing hash table from token keys to lexInfo,
// faster than a map for the one lookup that every token of the input makes.
// It is immutable after build.
type lexTable struct {
	mask  uint32
	slots []lexSlot
	keys  string // all keys, concatenated
	infos []lexInfo
}

type lexSlot struct {
	hash     uint32
	off, len uint32 // key in keys; len 0 marks an empty slot
	info     uint32 // index into infos
}

// fnv32 is the 32-bit FNV-1a hash.
func fnv32(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

func fnv32s(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// buildLex builds the table from m (keys must not be empty).
func buildLex(m map[string]lexInfo) lexTable {
	size := uint32(16)
	for size < uint32(len(m))*2 {
		size <<= 1
	}
	t := lexTable{mask: size - 1, slots: make([]lexSlot, size)}
	var keys []byte
	for k, v := range m {
		if k == "" {
			continue
		}
		h := fnv32s(k)
		i := h & t.mask
		for t.slots[i].len != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = lexSlot{hash: h, off: uint32(len(keys)), len: uint32(len(k)), info: uint32(len(t.infos))}
		keys = append(keys, k...)
		t.infos = append(t.infos, v)
	}
	t.keys = string(keys)
	return t
}

// get returns the info of key k.
func (t *lexTable) get(k []byte) (lexInfo, bool) {
	return t.getHash(k, fnv32(k))
}

// getHash is get with the key's hash (fnv32) already computed.
func (t *lexTable) getHash(k []byte, h uint32) (lexInfo, bool) {
	if len(t.slots) == 0 || len(k) == 0 {
		return lexInfo{}, false
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.len == 0 {
			return lexInfo{}, false
		}
		if s.hash == h && int(s.len) == len(k) && t.keys[s.off:s.off+s.len] == string(k) {
			return t.infos[s.info], true
		}
	}
}
