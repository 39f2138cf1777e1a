package loader

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/diplograph/diplograph/loader/corpusgen"
	"github.com/diplograph/diplograph/loader/kb"
)

// maxHeapMultiple is the loader's stated memory bound: reading and
// extracting one document raises the heap by at most this many times the
// document's size (measured with GOGC at 2, so that it is the document's
// own memory and not garbage the default pacing lets wait; measured 20x to
// 35x on a quiet machine, and up to 43x once on a machine so loaded that the
// collector fell behind the allocations it paces). Tokens are capped at 400 per 1,000 bytes (maxTokens), which bounds
// every per-token structure. A load runs one document per core, so its
// peak is about this multiple of the largest documents times the cores,
// doubled by the default GOGC.
const maxHeapMultiple = 48

// repeatLines repeats unit to lines of about 1,000 bytes and those to
// about size bytes.
func repeatLines(unit string, size int) string {
	line := strings.Repeat(unit, max(1, 1000/len(unit))) + "\n"
	return strings.Repeat(line, max(1, size/len(line)))
}

// TestPathologicalTextStaysWithinMemoryBound reads and extracts text built
// to be costly, as the attack of issue 14 did with 66 MB of parentheses
// (7.7 GB) and 27 MB of "Dr." (2.7 GB): each document is extracted or
// refused with a clear error, and the heap grows by less than
// maxHeapMultiple times its size.
func TestPathologicalTextStaysWithinMemoryBound(t *testing.T) {
	const size = 3 << 20
	prose := corpusgen.New(kb.Default(), 7).Document(size)
	hugeLine := strings.Repeat("The European Union and Japan signed the Digital Partnership with ASEAN. ", (MaxLineLength-1)/72)
	tests := []struct {
		name string
		text string
		want error // nil: extracted
	}{
		{"generated prose is extracted", prose, nil},
		{"a run of parentheses is refused for its tokens", repeatLines("(", size), ErrTooManyTokens},
		{"parentheses between spaces are refused for their tokens", repeatLines("( ", size), ErrTooManyTokens},
		{"nested parenthesised words are extracted", repeatLines("Members (including the UN and the EU) met. ", size), nil},
		{"Dr. repeated is refused for its tokens", repeatLines("Dr. ", size), ErrTooManyTokens},
		{"Dr. before names repeated is extracted", repeatLines("Dr. Smith met Dr. Jones of the United Nations. ", size), nil},
		{"a run of quotes is refused for its tokens", repeatLines(`"`, size), ErrTooManyTokens},
		{"quoted names repeated are extracted", repeatLines(`"Internet Governance Forum" and “UNESCO” said: 'G20'. `, size), nil},
		{"one huge line of prose is extracted", hugeLine, nil},
		{"one line longer than the line limit is refused", strings.Repeat("Dr. Smith of the UN. ", 4*MaxLineLength/21), ErrLongLine},
		{"short one-word lines are extracted", repeatLines("Abc\n", size), nil},
		{"newlines alone are refused as empty", strings.Repeat("\n", size), ErrEmpty},
		{"lines of blanks are refused as empty", repeatLines(" \t", size), ErrEmpty},
	}
	ex := NewExtractor(kb.Default())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.text)
			var err error
			peak, retained := heapGrowth(func() {
				d, rerr := ParseDoc("hostile.txt", data)
				if err = rerr; err == nil {
					_, err = ex.Extract(d)
				}
			})
			runtime.KeepAlive(data)
			peakX, retainedX := float64(peak)/float64(len(data)), float64(retained)/float64(len(data))
			t.Logf("%d bytes: peak heap growth %.1fx, retained %.2fx, error: %v", len(data), peakX, retainedX, err)
			switch {
			case tt.want == nil && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != nil && !errors.Is(err, tt.want):
				t.Errorf("error %v, want %v", err, tt.want)
			}
			if peakX > maxHeapMultiple {
				t.Errorf("the heap grew by %.1fx the document's size, more than the stated %dx", peakX, maxHeapMultiple)
			}
			if retainedX > 1 {
				t.Errorf("%.2fx the document's size is still held after the call", retainedX)
			}
		})
	}
}

// TestTokenLimitErrorSaysHowMany checks the refusal's wording.
func TestTokenLimitErrorSaysHowMany(t *testing.T) {
	text := strings.Repeat("((((((((((\n", 2000)
	doc, err := ParseDoc("parens.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	_, err = NewExtractor(kb.Default()).Extract(doc)
	want := fmt.Sprintf("extract parens.txt: document has 20000 tokens, more than the %d a document of %d bytes may have", maxTokens(len(text)-1), len(text)-1)
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("error %v, want it to start %q", err, want)
	}
}

// heapGrowth runs f and returns by how much the heap's objects grew at
// most while it ran (sampled every 50 µs, garbage not yet collected
// included) and by how much they had grown after it, once collected.
func heapGrowth(f func()) (peak, retained int64) {
	// Garbage may pile up to GOGC% of the live heap (the knowledge base
	// and whatever earlier tests keep included) before a collection: at 2%
	// the peak is the document's own even for the 1 MB line, where 10%
	// let a full test run measure 40.5x against 32x alone.
	defer debug.SetGCPercent(debug.SetGCPercent(2))
	runtime.GC()
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() int64 {
		metrics.Read(sample)
		return int64(sample[0].Value.Uint64())
	}
	base := read()
	var top atomic.Int64
	top.Store(base)
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			if h := read(); h > top.Load() {
				top.Store(h)
			}
			select {
			case <-done:
				return
			case <-time.After(50 * time.Microsecond):
			}
		}
	}()
	f()
	if h := read(); h > top.Load() {
		top.Store(h)
	}
	close(done)
	<-stopped
	runtime.GC()
	runtime.GC()
	return top.Load() - base, read() - base
}
