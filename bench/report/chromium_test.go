package report_test

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/edfi-bench/tpr/bench/report"
)

// chromiumPath is where Debian's chromium package installs the browser.
const chromiumPath = "/usr/bin/chromium"

// TestRenderInChromium renders the sample run, screenshots it with headless
// Chromium and checks the picture is not blank. It is skipped when
// /usr/bin/chromium is missing (apt-get install -y chromium).
//
// Set REPORT_SCREENSHOT_DIR to keep report.html and report.png for a look.
func TestRenderInChromium(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("%s not found (install with `apt-get install -y chromium`): skipping the screenshot check", chromiumPath)
	}
	dir := os.Getenv("REPORT_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	htmlPath := filepath.Join(dir, "report.html")
	pngPath := filepath.Join(dir, "report.png")

	var buf bytes.Buffer
	if err := report.Render(&buf, sampleRun(), baseRun(t)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(htmlPath, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	_ = os.Remove(pngPath)

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	profile := t.TempDir()
	cmd := exec.CommandContext(ctx, chromiumPath,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--user-data-dir="+profile,
		"--screenshot="+pngPath, "--window-size=1300,3000", "file://"+htmlPath)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}

	f, err := os.Open(pngPath)
	if err != nil {
		t.Fatalf("no screenshot: %v\nchromium said:\n%s", err, out)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if st.Size() < 20_000 {
		t.Errorf("screenshot is only %d bytes", st.Size())
	}
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() < 1000 || b.Dy() < 2000 {
		t.Errorf("screenshot is %dx%d, want the 1300x3000 window", b.Dx(), b.Dy())
	}
	if n := colours(img, 64); n < 16 {
		t.Errorf("screenshot has %d distinct colours: blank or nearly so", n)
	}
	t.Logf("screenshot %s (%d bytes)", pngPath, st.Size())
}

// colours counts distinct colours on a sampling grid, stopping at limit.
func colours(img image.Image, limit int) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
			if len(seen) >= limit {
				return len(seen)
			}
		}
	}
	return len(seen)
}
