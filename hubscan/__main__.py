from hubscan.cli.main import main

raise SystemExit(main())
