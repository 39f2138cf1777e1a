package neo4jstore

// Records hold Bolt values: strings, int64, float64, []any and
// map[string]any, or nil for a missing property. These read them leniently
// because a missing property is the store's way of saying "none".

func asString(v any) string {
	s, _ := v.(string)
	return s
}

func asInt(v any) int {
	n, _ := v.(int64)
	return int(n)
}

func asFloat(v any) float64 {
	f, _ := v.(float64)
	return f
}

func asStrings(v any) []string {
	xs, _ := v.([]any)
	if len(xs) == 0 {
		return nil
	}
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = asString(x)
	}
	return out
}

func asInts(v any) []int {
	xs, _ := v.([]any)
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = asInt(x)
	}
	return out
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func asSlice(v any) []any {
	s, _ := v.([]any)
	return s
}
