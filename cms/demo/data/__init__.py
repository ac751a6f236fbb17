"""Demo content data for the Dushanbe Process CMS (pure literals; see FORMAT.md)."""
