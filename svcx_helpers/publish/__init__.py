"""Publishing: the book site, the Chinese edition, notebooks as HTML, slides, sheets, PDF."""
