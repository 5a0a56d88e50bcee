package ir.shenava.intake.mail;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailboxRepository extends JpaRepository<Mailbox, Long> {

    List<Mailbox> findAllByOrderByName();

    List<Mailbox> findByActiveTrueOrderById();
}
