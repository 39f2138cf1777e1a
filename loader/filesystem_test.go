//go:build unix

package loader

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Load never follows a link out of the folder it is given, never opens a
// named pipe or a device, and says so per file while the other files load.
func TestLoadRefusesWhatIsNotARegularFileOfTheFolder(t *testing.T) {
	ex := testExtractor(t)
	outside := t.TempDir()
	writeFiles(t, outside, map[string]string{"secret.txt": "Germany is a member of the United Nations."})
	link := func(t *testing.T, target, path string) {
		t.Helper()
		if err := os.Symlink(target, path); err != nil {
			t.Fatal(err)
		}
	}
	fifo := func(t *testing.T, path string) {
		t.Helper()
		if err := syscall.Mkfifo(path, 0o644); err != nil {
			t.Skipf("cannot make a named pipe here: %v", err)
		}
	}
	for _, tc := range []struct {
		name    string
		arrange func(t *testing.T, dir string) (paths []string)
		refused string
		want    error
	}{
		{"a link in the folder to a file outside it is refused", func(t *testing.T, dir string) []string {
			link(t, filepath.Join(outside, "secret.txt"), filepath.Join(dir, "passwd.txt"))
			return []string{dir}
		}, "passwd.txt", ErrOutsideFolder},
		{"a link in the folder to /etc/passwd is refused", func(t *testing.T, dir string) []string {
			link(t, "/etc/passwd", filepath.Join(dir, "etc.txt"))
			return []string{dir}
		}, "etc.txt", ErrOutsideFolder},
		{"a relative link that climbs out of the folder is refused", func(t *testing.T, dir string) []string {
			rel, err := filepath.Rel(filepath.Join(dir, "sub"), filepath.Join(outside, "secret.txt"))
			if err != nil {
				t.Fatal(err)
			}
			os.Mkdir(filepath.Join(dir, "sub"), 0o755)
			link(t, rel, filepath.Join(dir, "sub", "climb.txt"))
			return []string{dir}
		}, "climb.txt", ErrOutsideFolder},
		{"a named pipe in the folder is refused without hanging", func(t *testing.T, dir string) []string {
			fifo(t, filepath.Join(dir, "pipe.txt"))
			return []string{dir}
		}, "pipe.txt", ErrNotRegular},
		{"a named pipe named outright is refused without hanging", func(t *testing.T, dir string) []string {
			fifo(t, filepath.Join(outside, "named.txt"))
			return []string{dir, filepath.Join(outside, "named.txt")}
		}, "named.txt", ErrNotRegular},
		{"a link inside the folder to a named pipe in it is refused without hanging", func(t *testing.T, dir string) []string {
			fifo(t, filepath.Join(dir, "pipe.fifo"))
			link(t, "pipe.fifo", filepath.Join(dir, "piped.txt"))
			return []string{dir}
		}, "piped.txt", ErrNotRegular},
		{"a device reached through a link named outright is refused", func(t *testing.T, dir string) []string {
			link(t, "/dev/zero", filepath.Join(outside, "zero.txt"))
			return []string{dir, filepath.Join(outside, "zero.txt")}
		}, "zero.txt", ErrNotRegular},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"good.txt": "France supports the G7."})
			paths := tc.arrange(t, dir)
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			type outcome struct {
				rep Report
				err error
			}
			done := make(chan outcome, 1)
			go func() {
				rep, err := Load(ctx, newMemStore(), ex, paths, LoadOptions{})
				done <- outcome{rep, err}
			}()
			var got outcome
			select {
			case got = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Load hangs")
			}
			if got.err != nil {
				t.Fatal(got.err)
			}
			if got.rep.Documents != 1 {
				t.Errorf("%d documents loaded, want the good one only: %+v", got.rep.Documents, got.rep)
			}
			if len(got.rep.Failures) != 1 || got.rep.Failures[0].Name != tc.refused || !errors.Is(got.rep.Failures[0].Err, tc.want) {
				t.Fatalf("failures %v, want %s refused with %q", got.rep.Failures, tc.refused, tc.want)
			}
			t.Logf("reported: %v", got.rep.Failures[0])
		})
	}
	t.Run("a link inside the folder to a file inside it loads", func(t *testing.T) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"docs/good.txt": "France supports the G7."})
		link(t, filepath.Join("docs", "good.txt"), filepath.Join(dir, "alias.txt"))
		rep, err := Load(context.Background(), newMemStore(), ex, []string{dir}, LoadOptions{})
		if err != nil || rep.Documents != 2 || len(rep.Failures) != 0 {
			t.Errorf("report %+v, err %v; want both names loaded", rep, err)
		}
	})
	t.Run("a folder named through a link loads what is in it", func(t *testing.T) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"good.txt": "France supports the G7."})
		via := filepath.Join(t.TempDir(), "via")
		link(t, dir, via)
		rep, err := Load(context.Background(), newMemStore(), ex, []string{via}, LoadOptions{})
		if err != nil || rep.Documents != 1 || len(rep.Failures) != 0 {
			t.Errorf("report %+v, err %v", rep, err)
		}
	})
	t.Run("ReadFile refuses a named pipe without waiting for a writer", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "p.txt")
		fifo(t, path)
		done := make(chan error, 1)
		go func() { _, err := ReadFile(path); done <- err }()
		select {
		case err := <-done:
			if !errors.Is(err, ErrNotRegular) {
				t.Errorf("err %v, want %v", err, ErrNotRegular)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("ReadFile hangs on a named pipe")
		}
	})
}
