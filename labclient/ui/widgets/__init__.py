"""Reusable widgets: the image viewer and the audio player."""
