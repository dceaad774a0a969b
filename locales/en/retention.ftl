## Privacy notice: how long data is kept. Shown right after privacy-notice, as its last paragraph: the title, then
## the sentences that apply (each setting can be switched off, and its sentence is then left out).
## { $days } is a number of days set by the programme (RETENTION_DAYS, DELIVERY_RETENTION_DAYS,
## CHECKIN_RETENTION_DAYS).
privacy-keep-title = <b>How long I keep it:</b>
privacy-keep-profile = If you do not use me for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, I delete everything I keep about you, just as /forget does.
privacy-keep-profile-always = Until you delete it with /forget.
privacy-keep-deliveries = I keep the list of lessons sent to you in a group for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }; after that, only totals remain.
privacy-keep-checkins = Check-in answers are cut off from you for good { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after their round closes.
