"""The staff web dashboard (see app.py): server-rendered pages with SVG charts, CSV downloads, chat sign-in."""
