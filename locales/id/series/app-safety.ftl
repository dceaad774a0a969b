## Series: Safety settings in your apps (app-safety), for teens 13-17.
## Setting names checked against each platform's help or safety pages (see content/series/app-safety.yaml);
## settings that could not be confirmed there are described in general words.
## Indonesian: setting names as the Indonesian apps show them where confirmed on Indonesian help pages or
## Indonesian tech press (WhatsApp: Setelan → Privasi → Grup, Kontak saya; YouTube: Publik, Pribadi, Tidak Publik;
## Roblox: Blokir Pengguna, Laporkan Penyalahgunaan; Instagram: Batasi; TikTok: Akun privat).
## Not confirmed in Indonesian, so kept in English in quotes: Snapchat "My Friends", "Ghost Mode"; Discord
## "Allow direct messages from server members", "Friend Requests", "User Settings"; TikTok "Suggest your account to others".

s-app-safety-title = Pengaturan keamanan di aplikasimu
s-app-safety-about = Pengaturan privasi utama di WhatsApp, Instagram, TikTok, Snapchat, Discord, Roblox, dan YouTube: siapa yang bisa menghubungimu, akun privat, lokasi dan grup, serta cara memblokir dan melaporkan.

## Lesson 1: WhatsApp

s-app-safety-whatsapp-title = WhatsApp
s-app-safety-whatsapp-intro =
    WhatsApp memakai nomor telepon, jadi siapa pun yang punya nomormu bisa mengirimimu pesan, dan nomormu bisa tersebar lewat grup.

    Beberapa pengaturan sangat membantu. Kebanyakan ada di WhatsApp, di <b>Setelan → Privasi</b>. Aplikasi kadang mengubah menunya: kalau namanya di HP-mu terlihat berbeda, cari yang mirip.
s-app-safety-whatsapp-intro-alt = HP yang menampilkan chat grup, di samping gembok besar, ikon roda gigi pengaturan, dan tanda centang hijau.
s-app-safety-whatsapp-groups =
    <b>Grup</b>: di Setelan → Privasi → Grup, kamu memilih siapa yang bisa menambahkanmu ke grup. Pilih <b>Kontak saya</b>, atau pilihan yang lebih ketat kalau ada. Dengan begitu, orang yang tidak ada di kontakmu harus mengirim undangan dulu, dan kamu yang memutuskan mau bergabung atau tidak.

    Kalau kamu dimasukkan ke grup yang tidak kamu inginkan, kamu bisa keluar dan melaporkannya.
s-app-safety-whatsapp-profile-location =
    Di Privasi, kamu juga bisa memilih siapa yang melihat foto profil, “Info”, terakhir dilihat dan status online, serta pembaruan statusmu. “Kontak saya” lebih aman daripada “Semua orang”.

    <b>Lokasi terkini</b> hanya dibagikan kalau kamu sendiri memilih membagikannya di sebuah chat. Bagikan hanya dengan orang yang kamu kenal di dunia nyata, dan hentikan setelah selesai.
s-app-safety-whatsapp-block-report =
    <b>Blokir</b>: buka chatnya, ketuk nama orang itu, lalu <b>Blokir</b>. Orang yang diblokir tidak bisa menelepon atau mengirimimu pesan, dan tidak bisa melihat terakhir dilihat, status online, atau perubahan foto profilmu.

    <b>Laporkan</b>: di tempat yang sama, pilih <b>Laporkan</b>. “Laporkan dan blokir” melakukan keduanya sekaligus. Kamu tidak bisa memblokir seluruh grup, tetapi kamu bisa keluar dari grup dan memblokir admin grupnya.
s-app-safety-whatsapp-q1 = Orang yang tidak kamu kenal terus menambahkanmu ke grup WhatsApp. Pengaturan mana yang paling membantu?
s-app-safety-whatsapp-q1-a = Grup: atur ke Kontak saya
s-app-safety-whatsapp-q1-a-why = Dengan pengaturan ini, orang yang tidak ada di kontakmu hanya bisa mengirim undangan, dan kamu yang memilih mau bergabung atau tidak. Kamu juga bisa keluar dari grup yang tidak kamu inginkan dan melaporkannya.
s-app-safety-whatsapp-q1-b = Matikan laporan dibaca
s-app-safety-whatsapp-q1-b-why = Laporan dibaca memang pengaturan privasi yang berguna, tetapi hanya mengatur apakah orang melihat bahwa kamu sudah membaca pesan. Pengaturan itu tidak mencegah siapa pun menambahkanmu ke grup.
s-app-safety-whatsapp-q1-c = Ganti foto profilku
s-app-safety-whatsapp-q1-c-why = Memilih siapa yang bisa melihat fotomu juga ide bagus. Tetapi itu tidak mengatur siapa yang bisa memasukkanmu ke grup.
s-app-safety-whatsapp-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Cek Setelan → Privasi hari ini: grup, foto profil, dan terakhir dilihat. Bagikan lokasi terkini hanya dengan orang yang kamu kenal di dunia nyata. Blokir dan laporkan siapa pun yang mengganggumu. Kalau ada yang mengancammu atau meminta foto, simpan chatnya dan cerita ke orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara).

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 2: Instagram and TikTok

s-app-safety-insta-tiktok-title = Instagram dan TikTok
s-app-safety-insta-tiktok-intro =
    Di Instagram dan TikTok, akun publik berarti siapa pun bisa melihat unggahanmu, sering kali bisa mengomentarinya, dan menyebarkannya jauh melampaui teman-temanmu.

    Kedua aplikasi punya perlindungan tambahan untuk remaja, dan sebagian sudah aktif dari awal. Tetap perlu dicek, karena pengaturan bisa diubah, dan sebagian perlindungan bergantung pada umur yang dikira aplikasi itu.
s-app-safety-insta-tiktok-intro-alt = HP yang menampilkan profil terkunci gembok, dengan satu permintaan mengikuti disetujui dan satu lagi ditolak.
s-app-safety-insta-tiktok-instagram =
    <b>Instagram</b>
    • <b>Akun privat</b>: hanya followers yang kamu setujui yang melihat unggahan, story, dan reels-mu. Instagram otomatis membuat akun privat untuk pengguna di bawah 16 tahun (di bawah 18 tahun di beberapa negara).
    • Instagram mencegah orang dewasa memulai chat pribadi dengan remaja yang tidak terhubung dengannya.
    • Di pengaturan pesan, batasi siapa yang bisa mengirimimu permintaan pesan.
    • Jangan cantumkan lokasi di unggahanmu, atau tambahkan setelah kamu pergi dari tempat itu.
s-app-safety-insta-tiktok-tiktok =
    <b>TikTok</b>
    • <b>Akun privat</b>: aktif otomatis untuk umur 13-15 tahun. Hanya yang kamu setujui bisa mengikutimu dan menonton videomu.
    • <b>“Suggest your account to others”</b> (menyarankan akunmu ke orang lain): matikan, supaya akunmu tidak ditunjukkan ke orang asing.
    • <b>Pesan langsung</b>: tidak tersedia di bawah 16 tahun. Di umur 16-17 tahun, pilih siapa yang bisa mengirimimu pesan, misalnya hanya teman atau tidak ada.
    • Saat mengunggah, pilih siapa yang boleh menonton tiap video.
s-app-safety-insta-tiktok-block-report =
    <b>Blokir atau laporkan seseorang</b> di kedua aplikasi: buka profilnya, ketuk tiga titik, lalu <b>Blokir</b> atau <b>Laporkan</b>.
    <b>Laporkan unggahan atau video</b>: di TikTok, ketuk panah bagikan, lalu Laporkan. Di Instagram, ketuk tiga titik di unggahan, lalu Laporkan.

    Orang itu tidak diberi tahu siapa yang melaporkannya. Instagram juga punya <b>Batasi</b>, yang diam-diam membatasi seseorang tanpa memblokirnya.
s-app-safety-insta-tiktok-q1 = Kamu 15 tahun dan ingin mengunggah video dance hanya untuk teman-temanmu. Pengaturan apa yang terbaik?
s-app-safety-insta-tiktok-q1-a = Akun publik, tapi tanpa caption
s-app-safety-insta-tiktok-q1-a-why = Tidak memakai caption sedikit membantu. Tetapi dengan akun publik, siapa pun tetap bisa menonton, mengomentari, dan menyebarkan videomu.
s-app-safety-insta-tiktok-q1-b = Akun privat, dan aku yang menyetujui followers
s-app-safety-insta-tiktok-q1-b-why = Dengan akun privat, kamu yang menentukan siapa yang mengikutimu dan melihat videomu. Kamu juga bisa memilih siapa yang bisa menonton setiap video saat mengunggahnya.
s-app-safety-insta-tiktok-q1-c = Akun publik, nanti blokir orang aneh
s-app-safety-insta-tiktok-q1-c-why = Blokir itu alat yang bagus, tetapi baru berguna setelah ada yang menemukanmu. Akun privat menahan orang asing dari awal.
s-app-safety-insta-tiktok-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Pastikan akunmu privat, hentikan aplikasi menyarankan akunmu ke orang lain, dan batasi siapa yang bisa mengirimimu pesan. Jangan cantumkan lokasi di unggahanmu. Blokir dan laporkan siapa pun yang membuatmu tidak nyaman, dan cerita ke orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara).

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 3: Snapchat and Discord

s-app-safety-snap-discord-title = Snapchat dan Discord
s-app-safety-snap-discord-intro =
    Snapchat dan Discord dibuat untuk chat dengan teman dan komunitas. Keduanya juga bisa membuat orang yang tidak kamu kenal menghubungimu, kecuali kamu memasang batasan.

    Snap dan pesan yang “menghilang” tetap bisa di-screenshot, atau direkam dengan HP lain. Jangan sampai fitur pesan menghilang membuatmu lebih cepat percaya pada seseorang.
s-app-safety-snap-discord-intro-alt = HP yang menampilkan peta tempat hantu ramah menyembunyikan lokasi, di samping pin peta yang dicoret dan sebuah gembok.
s-app-safety-snap-discord-snapchat =
    <b>Snapchat</b>
    • <b>Kontak</b>: di pengaturan privasi, pastikan hanya <b>“My Friends”</b> (temanmu) yang bisa menghubungimu.
    • <b>Snap Map</b>: lokasimu mati kecuali kamu menyalakannya. <b>“Ghost Mode”</b> menyembunyikannya; kalau kamu berbagi, bagikan hanya ke beberapa teman dekat.
    • Tambahkan hanya orang yang kamu kenal di dunia nyata.
    • Untuk memblokir atau melaporkan, buka profilnya, atau tekan lama Snap-nya, lalu pilih Blokir atau Laporkan.
s-app-safety-snap-discord-discord =
    <b>Discord</b> (“User Settings”, pengaturan privasi dan sosial)
    • Matikan <b>“Allow direct messages from server members”</b>, supaya orang di servermu tidak bisa mengirim DM kecuali mereka temanmu.
    • Di <b>“Friend Requests”</b>, pilih siapa yang bisa mengirimimu permintaan: jangan semua orang.
    • Untuk remaja, Discord otomatis memburamkan atau memblokir gambar sensitif di DM.
    • Blokir: buka profilnya, ketuk tiga titik, lalu Blokir. Laporkan: buka menu di pesannya dan pilih Laporkan.
s-app-safety-snap-discord-q1 = Seseorang dari server Discord besar yang kamu ikuti terus mengirimimu DM yang tidak kamu minta. Apa yang membantu?
s-app-safety-snap-discord-q1-a = Matikan DM dari anggota server
s-app-safety-snap-discord-q1-a-why = Kalau ini dimatikan, orang yang satu server denganmu tidak bisa mengirimimu pesan kecuali mereka temanmu. Kamu juga bisa memblokir dan melaporkan orang itu.
s-app-safety-snap-discord-q1-b = Keluar dari semua server yang kuikuti
s-app-safety-snap-discord-q1-b-why = Kamu selalu boleh keluar dari server. Tetapi kamu tidak perlu kehilangan komunitasmu: satu pengaturan saja sudah menghentikan DM dari orang asing di sana.
s-app-safety-snap-discord-q1-c = Balas dan minta dia berhenti
s-app-safety-snap-discord-q1-c-why = Meminta baik-baik memang berhasil pada sebagian orang. Tetapi membalas membuat chatnya terus berjalan. Blokir, laporkan, dan ubah pengaturannya.
s-app-safety-snap-discord-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Snapchat: kontak hanya dari “My Friends”, dan “Ghost Mode” di Snap Map. Discord: DM dari anggota server dimatikan, dan permintaan pertemanan dibatasi. Blokir dan laporkan siapa pun yang mendesakmu, dan simpan buktinya. Cerita ke orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara).

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 4: Roblox and YouTube

s-app-safety-roblox-youtube-title = Roblox dan YouTube
s-app-safety-roblox-youtube-intro =
    Roblox dan YouTube sangat besar, dengan pemain dan penonton dari segala umur, termasuk orang dewasa. Pengaturannya membantumu menentukan siapa yang bisa bicara denganmu dan siapa yang melihat karyamu.

    Keduanya sering memperbarui pengaturan. Kalau nama di pelajaran ini terlihat berbeda, cari Privasi, Komunikasi, atau Kontrol Orang Tua di Pengaturan.
s-app-safety-roblox-youtube-intro-alt = Sebuah controller game dan pemutar video dengan perisai hijau di antaranya, ditambah bendera laporan dan tanda blokir.
s-app-safety-roblox-youtube-roblox =
    <b>Roblox</b>
    • Di <b>Pengaturan → Privasi</b>, pilih siapa yang bisa chat dan mengirimimu pesan. Hanya teman, atau tidak ada, paling aman.
    • Jauhkan nama asli, sekolah, dan akun lainmu dari chat dan profil.
    • <b>Laporkan Penyalahgunaan</b>: di game, buka menu dan ketuk bendera di samping nama pemain, atau pakai tab Laporkan. Laporkan chat atau pesannya langsung, supaya moderator bisa melihat kejadiannya.
    • <b>Blokir Pengguna</b>: ketuk pemain di daftar pemain, atau tiga titik di profilnya.
s-app-safety-roblox-youtube-youtube =
    <b>YouTube</b>
    • Saat mengunggah, pilih siapa yang bisa melihat videonya: Pribadi, Tidak Publik (hanya yang punya tautannya), atau Publik.
    • Kamu bisa mematikan komentar di videomu, atau menahannya untuk ditinjau dulu.
    • Jauhkan sekolah, jalan, dan rumahmu dari videomu.
    • <b>Laporkan</b>: pakai menu tiga titik di video, komentar, atau channel, lalu Laporkan. Pelaporan bersifat anonim: orang itu tidak akan tahu bahwa kamu yang melapor.
s-app-safety-roblox-youtube-q1 = Seorang pemain Roblox minta akun Snapchat-mu supaya kalian bisa “ngobrol beneran”. Apa yang kamu lakukan?
s-app-safety-roblox-youtube-q1-a = Kasih saja, dia kelihatan baik
s-app-safety-roblox-youtube-q1-a-why = Membalas keramahan itu wajar. Tetapi mengajakmu pindah aplikasi adalah langkah awal yang umum untuk bisa berduaan denganmu. Tetap chat di dalam game, atau sudahi.
s-app-safety-roblox-youtube-q1-b = Tolak, lalu blokir atau laporkan kalau dia memaksa
s-app-safety-roblox-youtube-q1-b-why = Kamu bisa tetap chat di dalam game, atau cukup menolak. Kalau dia terus meminta atau memaksa, blokir dan laporkan dia, lalu cerita ke orang dewasa yang kamu percaya.
s-app-safety-roblox-youtube-q1-c = Kasih nama akun palsu
s-app-safety-roblox-youtube-q1-c-why = Melindungi akun aslimu itu cerdas. Tetapi cara ini membuat obrolannya terus berlanjut. Menolak, dan memblokir kalau perlu, lebih sederhana dan lebih aman.
s-app-safety-roblox-youtube-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Roblox: batasi chat dan pesan hanya untuk teman, dan pakai Laporkan Penyalahgunaan serta Blokir Pengguna. YouTube: unggah sebagai Pribadi atau Tidak Publik kecuali kamu yakin, dan laporkan apa pun yang membuatmu khawatir. Kalau ada yang meminta foto atau mengancammu, cerita ke orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara).

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.
