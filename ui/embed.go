// Package ui holds the built explorer, embedded so the binary serves it with no CDN.
package ui

import "embed"

// Dist is the built explorer: index.html, app.js, app.css and embed.js after
// `npm ci && npm run build`; only .keep before a build, so the Go code compiles
// either way and serves a UI only when one was built.
//
//go:embed all:dist
var Dist embed.FS
