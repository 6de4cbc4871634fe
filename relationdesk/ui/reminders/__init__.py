"""Due reminders: the watcher that knows when one falls due, the tray icon and the banner."""
