"""Demo content: the Dushanbe Process site rebuilt from the seed documents (see data/)."""
