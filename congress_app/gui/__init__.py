"""Qt widgets front. Widgets call services; services call rules and storage."""
