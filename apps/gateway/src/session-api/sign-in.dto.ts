import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SignInDto {
  @ApiProperty({
    description: 'The account email, in any case',
    maxLength: 320,
    example: 'first-responder@demo.waypoint.test',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  email!: string;

  @ApiProperty({
    format: 'password',
    writeOnly: true,
    minLength: 1,
    maxLength: 1024,
    example: 'a long enough passphrase',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password!: string;
}
