package relay

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

func TestCopyLinesPreservesBytes(t *testing.T) {
	cases := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"one line", "{\"jsonrpc\":\"2.0\",\"id\":1}\n"},
		{"crlf", "a\r\nb\r\n"},
		{"no trailing newline", "x\ny"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			n, err := CopyLines(&out, strings.NewReader(tc.in))
			if err != nil && err != io.EOF {
				t.Fatalf("unexpected error: %v", err)
			}
			if out.String() != tc.in {
				t.Errorf("got %q, want %q", out.String(), tc.in)
			}
			if n != int64(len(tc.in)) {
				t.Errorf("n = %d, want %d", n, len(tc.in))
			}
		})
	}
}
