from hubscan_central.cli import main

raise SystemExit(main())
