"""Bot features, one extension per module; modules starting with `_` are not loaded."""
