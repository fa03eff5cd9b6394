from congress_app.launcher import main

raise SystemExit(main())
